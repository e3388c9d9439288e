using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Functions;

/// <summary>Reads functions.metadata, which the Worker SDK writes next to the Functions build and the host indexes.</summary>
public static class FunctionsMetadata
{
    public static string FilePath => Path.Combine(Aanmelding.Launcher.Repository.FunctionsOutput, "functions.metadata");

    public static IReadOnlyList<FunctionShape> Load()
    {
        if (!File.Exists(FilePath))
        {
            throw new FileNotFoundException("functions.metadata is missing: build src/Functions in the tests' configuration.", FilePath);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return document.RootElement.EnumerateArray().Select(Shape).ToList();
    }

    static FunctionShape Shape(JsonElement function)
    {
        var name = function.GetProperty("name").GetString()!;
        var triggers = function.GetProperty("bindings").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal))
            .ToList();
        var trigger = Assert.Single(triggers);
        return new FunctionShape(
            name,
            trigger.GetProperty("type").GetString()!,
            trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
                ? string.Join(",", methods.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order(StringComparer.Ordinal))
                : null,
            trigger.TryGetProperty("route", out var route) ? route.GetString() : null,
            trigger.TryGetProperty("authLevel", out var auth) ? auth.GetString() : null,
            trigger.TryGetProperty("schedule", out var schedule) ? schedule.GetString() : null);
    }
}
