using System.Globalization;
using System.Text;

namespace Aanmelding.Core.Applications;

/// <summary>
/// The comparison key for a municipality name, used by the one-per-municipality rule (selection and intake).
/// Two names with the same key are the same municipality. It only evens out spelling noise; it maps no
/// synonyms ("Den Haag" and "'s-Gravenhage" stay different).
/// </summary>
public static class MunicipalityKey
{
    const string Prefix = "gemeente ";

    /// <summary>
    /// Trims, collapses inner whitespace to one space, case-folds (invariant lower case), removes diacritics
    /// (Súdwest-Fryslân → sudwest-fryslan) and compatibility forms (the ligature ĳ → ij), unifies apostrophes
    /// (’ ‘ ` ´ ʼ → ') and hyphens/dashes (‐ ‑ ‒ – — ― − → -), and strips a leading "gemeente ".
    /// Never throws on text (a lone surrogate becomes U+FFFD), and the key of a key is the key itself.
    /// </summary>
    public static string Normalize(string municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);

        // Apostrophe-like signs first: compatibility decomposition would turn ´ into a space and an accent.
        var decomposed = MapPunctuation(municipality).Normalize(NormalizationForm.FormKD);

        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(MapPunctuation(c)));
        }

        var key = builder.ToString().Normalize(NormalizationForm.FormC);

        // Repeated, so that the key of a key is the key itself ("gemeente gemeente x" is a typo of "x").
        while (key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            key = key[Prefix.Length..];
        }

        return key;
    }

    /// <summary>Maps apostrophes and dashes, and replaces lone surrogates (on which normalisation would throw) by U+FFFD.</summary>
    static string MapPunctuation(string value) => string.Create(value.Length, value, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                span[i] = c;
                span[i + 1] = source[i + 1];
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                span[i] = '\uFFFD';
            }
            else
            {
                span[i] = MapPunctuation(c);
            }
        }
    });

    static char MapPunctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u0060' or '\u00B4' or '\u02BC' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
