using System.Globalization;
using System.Text;

namespace Aanmelding.Contracts;

/// <summary>
/// The folding that every comparison of typed text starts from (<see cref="TextRules.ComparisonKey"/>, the municipality
/// register): hidden characters removed, Unicode compatibility form (NFKC), diacritics removed, lower case, one
/// apostrophe. Never throws on text: half a surrogate pair becomes U+FFFD.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Apostrophe-like signs before NFKC: it would turn ´ into a space and an accent.
        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunes(text))
        {
            if (!TextRules.IsHidden(rune))
            {
                builder.Append(IsApostrophe(rune) ? "'" : rune.ToString());
            }
        }

        var decomposed = builder.ToString().Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        builder.Clear();
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Hyphens, dashes and the minus sign: what people put between two parts of a name.</summary>
    public static bool IsDash(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.DashPunctuation || rune.Value == 0x2212;

    /// <summary>The runes of <paramref name="text"/>, with half a surrogate pair read as U+FFFD.</summary>
    public static IEnumerable<Rune> EnumerateRunes(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            yield return rune;
            index += consumed;
        }
    }

    static bool IsApostrophe(Rune rune) =>
        rune.Value is '\'' or '`' or 0x00B4 or 0x2018 or 0x2019 or 0x201B or 0x02BC or 0x2032 or 0xFF07;
}
