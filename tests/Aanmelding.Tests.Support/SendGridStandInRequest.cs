using System.Text.Json;

namespace Aanmelding.Tests.Support;

/// <summary>A request the <see cref="SendGridStandIn"/> received, with what its validation found.</summary>
public sealed record SendGridStandInRequest(
    string Method,
    string Path,
    string? Authorization,
    string? ContentType,
    string Body,
    IReadOnlyList<string> ValidationErrors,
    int AnsweredStatus,
    DateTimeOffset ReceivedAt)
{
    public bool IsValid => ValidationErrors.Count == 0;

    /// <summary>The body parsed as JSON (throws when it is not JSON).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
