using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aanmelding.Contracts;

/// <summary>Writes and reads an enum as its <see cref="WireName"/>, in HTTP answers and durable payloads alike.</summary>
public sealed class WireNameConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
