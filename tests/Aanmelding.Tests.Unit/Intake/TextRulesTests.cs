using Aanmelding.Contracts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aanmelding.Tests.Unit.Intake;

public class TextRulesTests
{
    [Theory]
    [InlineData("\u200B")] // zero-width space
    [InlineData("\u200C")] // zero-width non-joiner
    [InlineData("\u200D")] // zero-width joiner
    [InlineData("\u00AD")] // soft hyphen
    [InlineData("\uFEFF")] // byte order mark
    [InlineData("\u2060")] // word joiner
    [InlineData("\u180E")] // Mongolian vowel separator
    [InlineData("\u200E")] // left-to-right mark
    [InlineData("\u200F")] // right-to-left mark
    [InlineData("\u061C")] // Arabic letter mark
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    [InlineData("\U000E0041")] // tag letter A: invisible text smuggled behind visible text
    [InlineData("\u2028")] // line separator
    [InlineData("\u3164")] // Hangul filler, shows as nothing
    public void Invisible_format_and_bidirectional_characters_are_found_where_they_are(string hidden)
    {
        Assert.Equal(7, TextRules.FindHiddenCharacter("Presik\u00E9" + hidden + "haaf"));
        Assert.Equal(0, TextRules.FindHiddenCharacter(hidden));
    }

    [Theory]
    [InlineData("Presikhaaf")]
    [InlineData("Súdwest-Fryslân")]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("Den\u00A0Helder")]
    [InlineData("Ons huis \U0001F3E0 en onze wijk \u2764\uFE0F")]
    [InlineData("Regel een.\nRegel twee.\tMet tab.")]
    [InlineData("Çağlar Öztürk, Łódź, Ærø")]
    [InlineData("")]
    public void Visible_text_has_no_hidden_character(string text)
    {
        Assert.Equal(-1, TextRules.FindHiddenCharacter(text));
    }

    [Theory]
    [InlineData("Den Helder")]
    [InlineData("Den  Helder")]
    [InlineData("den-helder")]
    [InlineData("DEN HELDER")]
    [InlineData(" Den Helder ")]
    [InlineData("Den – Helder")]
    [InlineData("Den\u2011Helder")]
    [InlineData("Den\u00A0Helder")]
    [InlineData("Den\tHelder")]
    [InlineData("Den \u200BHelder")]
    [InlineData("Ｄｅｎ Ｈｅｌｄｅｒ")]
    [InlineData("Dén Hëlder")]
    public void Texts_that_differ_only_in_spacing_hyphens_case_width_or_accents_share_a_key(string text)
    {
        Assert.Equal("den helder", TextRules.ComparisonKey(text));
    }

    [Theory]
    [InlineData("Presikhaaf", "Presik\u200Bhaaf")]
    [InlineData("Presikhaaf", "Presik\u00ADhaaf")]
    [InlineData("ﬁjnmazig", "fijnmazig")]
    [InlineData("Ĳsselmonde", "IJsselmonde")]
    [InlineData("Woningstichting De Key", "woningstichting  de-key")]
    [InlineData("Overvecht", "\u041Evervecht")] // Cyrillic О
    [InlineData("Presikhaaf", "Pr\u0435sikh\u0430\u0430f")] // Cyrillic е and а
    [InlineData("Mitros", "\u039Citros")] // Greek Μ
    public void Duplicate_check_keys_are_equal_for_the_same_text_written_differently(string one, string other)
    {
        Assert.Equal(TextRules.ComparisonKey(one), TextRules.ComparisonKey(other));
    }

    [Theory]
    [InlineData("Presikhaaf", "Presikhaven")]
    [InlineData("Den Helder", "Helder")]
    [InlineData("Noord", "Zuid")]
    [InlineData("Oost 1", "Oost 2")]
    public void Different_texts_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(TextRules.ComparisonKey(one), TextRules.ComparisonKey(other));
    }

    [Fact]
    public void Apostrophes_are_one_apostrophe()
    {
        Assert.Equal("'s hertogenbosch", TextRules.ComparisonKey("’s-Hertogenbosch"));
        Assert.Equal(TextRules.ComparisonKey("'s Gravenhage"), TextRules.ComparisonKey("´s-Gravenhage"));
        Assert.Equal(TextRules.ComparisonKey("'s Gravenhage"), TextRules.ComparisonKey("`s–Gravenhage"));
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw()
    {
        Assert.Equal("a\uFFFDb", TextRules.ComparisonKey("A\uD800B"));
        Assert.Equal(-1, TextRules.FindHiddenCharacter("A\uD800B"));
    }

    [Fact]
    public void Null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextRules.ComparisonKey(null!));
        Assert.Throws<ArgumentNullException>(() => TextRules.FindHiddenCharacter(null!));
    }

    static readonly Gen<string> NoisyText = Gen.Elements(
            "a", "B", "é", "É", "e\u0301", "ĳ", "Ĳ", " ", "  ", "\t", "\u00A0", "-", "–", "—", "\u2011", "'", "’", "`", "´",
            "\u200B", "\u202E", "\u00AD", "ß", "İ", "K", "\u212A", "ﬁ", "Ａ", "\uD800", "\U0001F3E0", "\u2028", "¨")
        .ListOf()
        .Select(parts => string.Concat(parts));

    [Property]
    public Property The_key_of_a_key_is_the_key_itself() =>
        Prop.ForAll(Arb.From(Gen.OneOf(NoisyText, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))), text =>
        {
            var key = TextRules.ComparisonKey(text);
            return TextRules.ComparisonKey(key) == key;
        });

    [Property]
    public Property A_key_has_no_hidden_characters_no_upper_case_and_no_outer_or_double_spaces() =>
        Prop.ForAll(Arb.From(NoisyText), text =>
        {
            var key = TextRules.ComparisonKey(text);
            return TextRules.FindHiddenCharacter(key) == -1
                && key == key.Trim()
                && !key.Contains("  ", StringComparison.Ordinal)
                && !key.Any(char.IsUpper)
                && !key.Contains('-', StringComparison.Ordinal);
        });
}
