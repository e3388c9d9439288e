using System.Text;

namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// The compact key under which the register compares municipality names: the folded text
/// (<see cref="TextFolding"/>) with only its letters and digits, so case, accents, spaces, hyphens, apostrophes and
/// punctuation make no difference ("'s-Gravenhage", "s Gravenhage" and "’S-GRAVENHAGE" give "sgravenhage"), and
/// without the word "gemeente" before or after the name.
/// </summary>
internal static class MunicipalityNameKey
{
    const string Gemeente = "gemeente";

    public static string For(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in TextFolding.Fold(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        if (words.Count > 1 && words[0] == Gemeente)
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && words[^1] == Gemeente)
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Concat(words);
    }

    /// <summary>A name without what follows it in brackets: "Bergen (NH.)" → "Bergen".</summary>
    public static string WithoutQualifier(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }

    /// <summary>A key that is a CBS code, GM0363 or 0363, as the code in upper case.</summary>
    public static bool TryGetCode(string key, out string code)
    {
        var digits = key.StartsWith("gm", StringComparison.Ordinal) ? key[2..] : key;
        code = "GM" + digits;
        return digits.Length == 4 && digits.All(char.IsAsciiDigit);
    }
}
