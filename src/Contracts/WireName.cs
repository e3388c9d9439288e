using System.Text.Json;

namespace Aanmelding.Contracts;

/// <summary>
/// How an enum value is spelled on the wire, in tables and in durable payloads: its member name in kebab case
/// (<c>NotSelected</c> → <c>not-selected</c>). The member names are the vocabulary; no list of strings repeats them.
/// </summary>
public static class WireName
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <exception cref="FormatException">The text is not the wire name of any member.</exception>
    public static T Parse<T>(string text)
        where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");
}
