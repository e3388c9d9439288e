using System.Globalization;
using System.Text;

namespace Aanmelding.Contracts;

/// <summary>
/// Rules for the free text people type (organisation, wijk, names, motivation): which characters are hidden and
/// have no place in it, and the form in which two texts are compared for duplicates.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// The index (in UTF-16 code units) of the first hidden character in <paramref name="text"/>, or -1. Hidden are
    /// the invisible format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, byte order
    /// mark, word joiner, tag characters), among them every bidirectional control (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069); the line and paragraph separators U+2028 and U+2029; and the fillers that
    /// show as nothing (U+034F, U+115F, U+1160, U+3164, U+FFA0). Control characters (tab, line feed) are the
    /// validator's own concern.
    /// </summary>
    public static int FindHiddenCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = 0;
        foreach (var rune in TextFolding.EnumerateRunes(text))
        {
            if (IsHidden(rune))
            {
                return index;
            }

            index += rune.Utf16SequenceLength;
        }

        return -1;
    }

    /// <summary>
    /// The key under which two texts count as the same for a duplicate check: hidden characters removed, Unicode
    /// compatibility form (NFKC: ﬁ → fi, full-width letters, Ĳ → IJ), lower case, without diacritics, one apostrophe
    /// (’ ‘ ` ´ → '), letters from another script that look like Latin ones as those (a Cyrillic О is an O), and every
    /// run of spaces, hyphens and dashes as one space, trimmed. So "Den  Helder", "den-helder", "Den – Helder" and
    /// "Dеn Helder" with a Cyrillic е all give "den helder". The key of a key is the key itself.
    /// </summary>
    public static string ComparisonKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Look-alikes before folding: lower case would turn a Cyrillic М into м, which looks like no Latin letter.
        var folded = TextFolding.Fold(Municipalities.LatinLookAlikes.ToLatin(text));
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || TextFolding.IsDash(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    internal static bool IsHidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || rune.Value is 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0;
}
