using System.Buffers.Text;
using System.Text;
using Aanmelding.Core.Security;
using Microsoft.Extensions.Time.Testing;

namespace Aanmelding.Tests.Unit.Security;

public class LinkSignerTests
{
    static readonly DateTimeOffset Now = new(2018, 7, 1, 12, 0, 0, TimeSpan.Zero);
    const string Id = "ABCDEFGHJKMN";

    static LinkSigner Signer(string key = "een-geheime-sleutel-van-minstens-32-tekens", FakeTimeProvider? time = null) =>
        new(new LinkSigningKey(key), time ?? new FakeTimeProvider(Now));

    [Fact]
    public void A_token_verifies_for_its_application_and_purpose_only()
    {
        var signer = Signer();
        var token = signer.Create(Id, "applicant", LinkPurpose.Receipt, Now.AddDays(1));

        Assert.Equal(TokenState.Valid, signer.Verify(Id, token, LinkPurpose.Receipt).State);
        Assert.Equal("applicant", signer.Verify(Id, token, LinkPurpose.Receipt).Recipient);
        Assert.Equal(TokenState.Invalid, signer.Verify("ABCDEFGHJKMP", token, LinkPurpose.Receipt).State);
        Assert.Equal(TokenState.Invalid, signer.Verify(Id, token, LinkPurpose.Review).State);
        Assert.Equal(TokenState.Invalid, Signer("een-andere-sleutel-van-minstens-32-tekens").Verify(Id, token, LinkPurpose.Receipt).State);
    }

    [Fact]
    public void Past_its_expiry_a_genuine_token_is_expired()
    {
        var time = new FakeTimeProvider(Now);
        var signer = Signer(time: time);
        var token = signer.Create(Id, "applicant", LinkPurpose.Receipt, Now.AddMinutes(1));

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TokenState.Expired, signer.Verify(Id, token, LinkPurpose.Receipt).State);
    }

    public static TheoryData<string> Respellings() =>
    [
        "=", "==", " ", "\n", "\t", "%3D",
    ];

    [Theory]
    [MemberData(nameof(Respellings))]
    public void Only_the_canonical_spelling_of_a_token_is_accepted(string added)
    {
        var signer = Signer();
        var token = signer.Create(Id, "applicant", LinkPurpose.Receipt, Now.AddDays(1));
        var dot = token.IndexOf('.', StringComparison.Ordinal);

        Assert.Equal(TokenState.Invalid, signer.Verify(Id, token + added, LinkPurpose.Receipt).State);
        Assert.Equal(TokenState.Invalid, signer.Verify(Id, added + token, LinkPurpose.Receipt).State);
        Assert.Equal(TokenState.Invalid, signer.Verify(Id, token[..dot] + added + token[dot..], LinkPurpose.Receipt).State);
    }

    [Fact]
    public void Another_base64_alphabet_or_spare_bits_in_the_last_character_are_not_the_token()
    {
        var signer = Signer();
        var token = signer.Create(Id, "applicant", LinkPurpose.Receipt, Now.AddDays(1));
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));

        // The standard alphabet, and a last character whose unused low bits are set: the same bytes, another string.
        var standard = token[..dot] + "." + Convert.ToBase64String(signature);
        var last = token[^1];
        var spareBits = token[..^1] + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".IndexOf(last, StringComparison.Ordinal) | 1) & 63];

        Assert.Equal(TokenState.Invalid, signer.Verify(Id, standard, LinkPurpose.Receipt).State);
        if (spareBits != token)
        {
            Assert.Equal(TokenState.Invalid, signer.Verify(Id, spareBits, LinkPurpose.Receipt).State);
        }
    }

    [Fact]
    public void A_leading_zero_in_the_expiry_is_not_the_token_either()
    {
        var signer = Signer();
        var token = signer.Create(Id, "applicant", LinkPurpose.Receipt, Now.AddDays(1));
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        var padded = payload.Replace("\n", "\n0", StringComparison.Ordinal);

        Assert.Equal(TokenState.Invalid, signer.Verify(Id, Base64Url.EncodeToString(Encoding.UTF8.GetBytes(padded)) + token[dot..], LinkPurpose.Receipt).State);
    }

    [Fact]
    public void A_reference_is_the_same_for_the_same_value_and_gives_nothing_away()
    {
        var signer = Signer();

        var reference = signer.Reference("anna@example.org");

        Assert.Equal(reference, signer.Reference("anna@example.org"));
        Assert.NotEqual(reference, signer.Reference("bram@example.org"));
        Assert.NotEqual(reference, Signer("een-andere-sleutel-van-minstens-32-tekens").Reference("anna@example.org"));
        Assert.DoesNotContain("anna", reference, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", reference);
    }
}
