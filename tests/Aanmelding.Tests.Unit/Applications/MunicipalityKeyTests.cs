using Aanmelding.Core.Applications;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aanmelding.Tests.Unit.Applications;

public class MunicipalityKeyTests
{
    [Theory]
    [InlineData("Utrecht", "utrecht")]
    [InlineData("  Utrecht  ", "utrecht")]
    [InlineData("UTRECHT", "utrecht")]
    [InlineData("Den Haag", "den haag")]
    [InlineData("den  haag ", "den haag")]
    [InlineData("Den\tHaag", "den haag")]
    [InlineData("Den\u00A0Haag", "den haag")]
    [InlineData("Súdwest-Fryslân", "sudwest-fryslan")]
    [InlineData("Sudwest–Fryslan", "sudwest-fryslan")]
    [InlineData("Súdwest—Fryslân", "sudwest-fryslan")]
    [InlineData("Súdwest\u2011Fryslân", "sudwest-fryslan")]
    [InlineData("'s-Hertogenbosch", "'s-hertogenbosch")]
    [InlineData("’s-Hertogenbosch", "'s-hertogenbosch")]
    [InlineData("‘s-Hertogenbosch", "'s-hertogenbosch")]
    [InlineData("`s-Hertogenbosch", "'s-hertogenbosch")]
    [InlineData("´s-Hertogenbosch", "'s-hertogenbosch")]
    [InlineData("Gemeente Utrecht", "utrecht")]
    [InlineData("gemeente  utrecht", "utrecht")]
    [InlineData("GEMEENTE Súdwest-Fryslân", "sudwest-fryslan")]
    [InlineData("\u0132sselstein", "ijsselstein")]
    [InlineData("IJsselstein", "ijsselstein")]
    [InlineData("Nuenen, Gerwen en Nederwetten", "nuenen, gerwen en nederwetten")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_gives_the_expected_key(string municipality, string expected)
    {
        Assert.Equal(expected, MunicipalityKey.Normalize(municipality));
    }

    [Theory]
    [InlineData("Den Haag", "'s-Gravenhage")]
    [InlineData("Utrecht", "Utrechtse Heuvelrug")]
    [InlineData("Gemeentestad", "stad")]
    [InlineData("Bergen (NH)", "Bergen (L)")]
    public void Different_municipalities_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(MunicipalityKey.Normalize(one), MunicipalityKey.Normalize(other));
    }

    [Fact]
    public void A_name_that_is_only_the_word_gemeente_is_kept()
    {
        Assert.Equal("gemeente", MunicipalityKey.Normalize(" Gemeente "));
    }

    [Fact]
    public void Decomposed_and_composed_accents_give_the_same_key()
    {
        Assert.Equal(MunicipalityKey.Normalize("Fryslân"), MunicipalityKey.Normalize("Frysla\u0302n"));
    }

    [Fact]
    public void A_lone_surrogate_does_not_throw()
    {
        Assert.Equal("a\uFFFDb", MunicipalityKey.Normalize("A\uD800B"));
    }

    [Fact]
    public void Null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => MunicipalityKey.Normalize(null!));
    }

    static readonly Gen<string> NoisyNames = Gen.Elements(
            "a", "B", "é", "É", "â", "ĳ", "Ĳ", " ", "  ", "\t", "\u00A0", "-", "–", "—", "'", "’", "‘", "`", "´",
            "gemeente ", "Gemeente ", "s", "\u0302", "\uD800", "ß", "İ", "K", "\u212A")
        .ListOf()
        .Select(parts => string.Concat(parts));

    [Property]
    public Property The_key_of_a_key_is_the_key_itself() =>
        Prop.ForAll(Arb.From(Gen.OneOf(NoisyNames, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))), name =>
        {
            var key = MunicipalityKey.Normalize(name);
            return MunicipalityKey.Normalize(key) == key;
        });

    [Property]
    public Property A_key_has_no_outer_or_double_whitespace_and_no_upper_case() =>
        Prop.ForAll(Arb.From(NoisyNames), name =>
        {
            var key = MunicipalityKey.Normalize(name);
            return key == key.Trim()
                && !key.Contains("  ", StringComparison.Ordinal)
                && !key.Any(char.IsUpper)
                && !key.StartsWith("gemeente ", StringComparison.Ordinal);
        });
}
