using System.Text;

namespace Aanmelding.Core.Email;

/// <summary>Makes text safe for a single header line: a subject or a display name can never start a new header.</summary>
internal static class HeaderText
{
    /// <summary>Replaces every control character (CR, LF, tab, NEL, ...) and Unicode line/paragraph separator by a space and collapses runs of spaces.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value)
        {
            var space = char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsWhiteSpace(c);
            if (space)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        return builder.ToString().Trim();
    }
}
