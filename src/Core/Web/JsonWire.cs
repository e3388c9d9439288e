using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aanmelding.Core.Web;

/// <summary>One set of JSON options for the wire: camelCase, strict numbers, no comments or trailing commas.</summary>
public static class JsonWire
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        MaxDepth = 16,

        // A key given twice is ambiguous (which consent counts?): refuse it rather than let the last one win.
        AllowDuplicateProperties = false,
    };

    /// <summary>Turns a System.Text.Json path such as <c>$.contact.email</c> into the field key <c>contact.email</c>.</summary>
    public static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "$";
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? path[..bracket] : path;
    }
}
