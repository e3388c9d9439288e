using System.Buffers.Text;
using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;
using Aanmelding.Tests.Unit.Email;
using Microsoft.Extensions.Time.Testing;

namespace Aanmelding.Tests.Unit.Security;

public class ReviewTokensTests
{
    const string Id = "ABCDEFGHJKMN";
    const string Anna = "anna@example.org";
    const string Bram = "bram@example.org";

    static readonly CallDefinition Call = EmailTestData.Call() with { Coordinators = [Anna, Bram] };

    readonly FakeTimeProvider time = new(Call.Deadline.AddDays(1));

    ReviewTokens Tokens() => new(new LinkSigner(new LinkSigningKey("een-geheime-sleutel-van-minstens-32-tekens"), time), time);

    TokenCheck Check(ReviewTokens tokens, string token, CallDefinition call) => tokens.Admit(tokens.Verify(Id, token), call);

    [Fact]
    public void A_link_names_its_coordinator_by_reference_only_and_admits_them_while_they_coordinate()
    {
        var tokens = Tokens();
        var token = tokens.Create(Id, Anna, Call);
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal))));

        Assert.DoesNotContain("@", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("anna", payload, StringComparison.OrdinalIgnoreCase);
        var admitted = Check(tokens, token, Call);
        Assert.Equal(TokenState.Valid, admitted.State);
        Assert.Equal(Anna, admitted.Recipient);
        Assert.Equal(Bram, Check(tokens, tokens.Create(Id, Bram, Call), Call).Recipient);
    }

    [Fact]
    public void A_coordinator_taken_off_the_call_is_no_longer_admitted()
    {
        var tokens = Tokens();
        var token = tokens.Create(Id, Bram, Call);

        Assert.Equal(TokenState.Invalid, Check(tokens, token, Call with { Coordinators = [Anna] }).State);
        Assert.Null(Check(tokens, token, Call with { Coordinators = [Anna] }).Recipient);
    }

    [Fact]
    public void The_address_is_compared_without_case_and_spaces_as_configuration_may_write_it()
    {
        var tokens = Tokens();
        var token = tokens.Create(Id, Anna, Call);

        Assert.Equal(TokenState.Valid, Check(tokens, token, Call with { Coordinators = [" ANNA@example.org "] }).State);
    }

    [Fact]
    public void The_same_person_coordinating_another_call_has_another_link()
    {
        var tokens = Tokens();
        var other = Call with { Id = "andere-oproep" };

        Assert.NotEqual(tokens.Create(Id, Anna, Call).Split('.')[0], tokens.Create(Id, Anna, other).Split('.')[0]);
        Assert.Equal(TokenState.Invalid, Check(tokens, tokens.Create(Id, Anna, other), Call).State);
    }

    [Fact]
    public void A_review_deadline_moved_earlier_expires_links_made_before_even_though_the_link_says_later()
    {
        var tokens = Tokens();
        var token = tokens.Create(Id, Anna, Call);
        var moved = Call with { ReviewDeadlineLocal = Call.DeadlineLocal.AddHours(12) };

        Assert.Equal(TokenState.Valid, tokens.Verify(Id, token).State);
        Assert.Equal(TokenState.Expired, Check(tokens, token, moved).State);
        Assert.Equal(TokenState.Valid, Check(tokens, token, Call).State);
    }

    [Fact]
    public void Moved_later_the_review_deadline_does_not_extend_a_link_beyond_what_it_says()
    {
        var tokens = Tokens();
        var token = tokens.Create(Id, Anna, Call);
        var later = Call with { ReviewDeadlineLocal = Call.ReviewDeadlineLocal.AddDays(30) };

        time.SetUtcNow(Call.ReviewDeadline.AddDays(1));

        Assert.Equal(TokenState.Expired, Check(tokens, token, later).State);
    }
}
