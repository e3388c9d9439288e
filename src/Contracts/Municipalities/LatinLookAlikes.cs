using System.Text;

namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// Letters from other scripts that look like Latin ones (Cyrillic а, Greek Ο, Armenian օ), so that text written with
/// them is recognised as such and can be offered in Latin letters. Only ever used for a suggestion, never to accept.
/// </summary>
internal static class LatinLookAlikes
{
    static readonly Dictionary<int, char> Map = Build(
        // Cyrillic
        "АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ІI ЈJ ЅS ԚQ ԜW ҺH ӀI ҮY ЬB " +
        "аa еe кk оo пn рp сc уy хx ьb іi јj ѕs ԁd ԛq ԝw һh ӏl үy ѵv " +
        // Greek
        "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ͿJ " +
        "αa γy ιi κk νv οo ρp υu χx ωw ϲc ϳj " +
        // Armenian
        "ՕO օo սu ոn հh զq ցg");

    /// <summary>Whether a folded key holds a letter or digit that is not Latin.</summary>
    public static bool HasOtherScript(string key) =>
        key.EnumerateRunes().Any(rune => Rune.IsLetterOrDigit(rune) && !IsLatin(rune));

    /// <summary><paramref name="text"/> with every look-alike replaced by its Latin letter.</summary>
    public static string ToLatin(string text) =>
        string.Concat(TextFolding.EnumerateRunes(text).Select(rune => Map.TryGetValue(rune.Value, out var latin) ? latin.ToString() : rune.ToString()));

    static bool IsLatin(Rune rune) =>
        rune.IsAscii
        || rune.Value is >= 0x00C0 and <= 0x02AF and not 0x00D7 and not 0x00F7
        || rune.Value is >= 0x1E00 and <= 0x1EFF
        || rune.Value is >= 0x2C60 and <= 0x2C7F
        || rune.Value is >= 0xA720 and <= 0xA7FF
        || rune.Value is >= 0xAB30 and <= 0xAB6F;

    static Dictionary<int, char> Build(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(pair => (int)pair[0], pair => pair[1]);
}
