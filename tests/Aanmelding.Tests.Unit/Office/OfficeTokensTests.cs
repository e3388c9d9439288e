using Aanmelding.Core.Calls;
using Aanmelding.Core.Office;
using Aanmelding.Core.Security;
using Aanmelding.Tests.Unit.Email;
using Microsoft.Extensions.Time.Testing;

namespace Aanmelding.Tests.Unit.Office;

public class OfficeTokensTests
{
    const string Anna = "anna@example.org";
    const string Bram = "bram@example.org";

    readonly FakeTimeProvider clock = new(new DateTimeOffset(2018, 7, 16, 9, 0, 0, TimeSpan.Zero));
    readonly CallDefinition call = EmailTestData.Call() with { Coordinators = [Anna, Bram] };

    OfficeTokens Tokens(string key = "a-test-signing-key-that-is-long-enough-0001") => new(new LinkSigningKey(key), clock);

    string LinkFor(OfficeTokens tokens, string coordinator) => tokens.CreateLink(call, tokens.CoordinatorReference(call.Id, coordinator), "link-1");

    [Fact]
    public void A_sign_in_link_names_its_coordinator_without_carrying_the_address()
    {
        var tokens = Tokens();
        var link = LinkFor(tokens, Anna);

        var check = tokens.CheckLink(call, link);

        Assert.Equal(SignInLinkState.Valid, check.State);
        Assert.Equal(Anna, check.Coordinator);
        Assert.Equal("link-1", check.LinkId);
        Assert.DoesNotContain("anna", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(link.Split('.')[0].Replace('-', '+').Replace('_', '/') + "==")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_link_expires_is_worthless_for_another_call_another_key_or_once_its_coordinator_is_removed()
    {
        var tokens = Tokens();
        var link = LinkFor(tokens, Anna);

        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call with { Id = "andere-oproep" }, link).State);
        Assert.Equal(SignInLinkState.Invalid, Tokens("another-signing-key-that-is-long-enough-02").CheckLink(call, link).State);
        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call with { Coordinators = [Bram] }, link).State);

        clock.Advance(OfficeTokens.LinkLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInLinkState.Expired, tokens.CheckLink(call, link).State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData(".")]
    [InlineData("abc.def")]
    public void Anything_else_is_no_link(string token) =>
        Assert.Equal(SignInLinkState.Invalid, Tokens().CheckLink(call, token).State);

    [Fact]
    public void Only_the_canonical_form_of_a_link_counts()
    {
        var tokens = Tokens();
        var link = LinkFor(tokens, Anna);

        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call, link + "=").State);
        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call, link + " ").State);
        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call, link[..^1] + (link[^1] == 'A' ? 'B' : 'A')).State);
    }

    [Fact]
    public void A_link_is_no_session_and_a_session_is_no_link()
    {
        var tokens = Tokens();
        var (_, cookie) = tokens.CreateSession(call, Anna);

        Assert.Null(tokens.ReadSession(call, LinkFor(tokens, Anna)));
        Assert.Equal(SignInLinkState.Invalid, tokens.CheckLink(call, cookie).State);
    }

    [Fact]
    public void A_session_lasts_its_lifetime_and_ends_when_its_coordinator_is_removed()
    {
        var tokens = Tokens();
        var (session, cookie) = tokens.CreateSession(call, Anna);

        Assert.Equal(session, tokens.ReadSession(call, cookie));
        Assert.Null(tokens.ReadSession(call with { Coordinators = [Bram] }, cookie));
        Assert.Null(tokens.ReadSession(call with { Id = "andere-oproep" }, cookie));

        clock.Advance(OfficeTokens.SessionLifetime + TimeSpan.FromSeconds(1));
        Assert.Null(tokens.ReadSession(call, cookie));
    }

    [Fact]
    public void A_form_token_holds_only_with_its_own_session()
    {
        var tokens = Tokens();
        var (anna, _) = tokens.CreateSession(call, Anna);
        var (annaElsewhere, _) = tokens.CreateSession(call, Anna);

        Assert.True(tokens.IsFormTokenValid(anna, tokens.FormToken(anna)));
        Assert.False(tokens.IsFormTokenValid(anna, tokens.FormToken(annaElsewhere)));
        Assert.False(tokens.IsFormTokenValid(anna, ""));
        Assert.False(tokens.IsFormTokenValid(anna, null));
    }
}
