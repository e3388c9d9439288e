using Aanmelding.Core.Applications;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>What a beoordelaar is reminded of (and, with the digest, asked at the close of intake): only what they have not reviewed.</summary>
public sealed class PendingReviewTests
{
    const string Anna = "anna@example.org";
    const string Bram = "bram@example.org";
    static readonly DateTimeOffset Submitted = new(2018, 7, 2, 8, 30, 0, TimeSpan.Zero);

    static Application New(int minutes) =>
        new TestApplication { Neighbourhood = $"Wijk {minutes}" }.Stored("kwetsbare-wijken-2018", Submitted.AddMinutes(minutes));

    static CoordinatorDecision By(string coordinator) =>
        new(CoordinatorDecision.NewEventId(Submitted.AddDays(1)), Decision.Approved, 4, coordinator, null, Submitted.AddDays(1));

    [Fact]
    public void A_beoordelaar_is_asked_only_for_what_they_have_not_reviewed_whatever_the_others_did_oldest_first()
    {
        var byAnna = New(0).Decide(By("ANNA@example.org"));
        var byBram = New(1).Decide(By(Bram));
        var nobody = New(2);
        var withdrawn = New(3).Withdraw(Submitted.AddHours(1));
        var all = new[] { nobody, byBram, byAnna, withdrawn };

        var forAnna = PendingReview.For(all, Anna, a => "https://example.org/review/" + a.Id);
        var forBram = PendingReview.For(all, Bram, a => "https://example.org/review/" + a.Id);

        Assert.Equal([byBram.Id, nobody.Id], forAnna.Select(p => p.ApplicationId));
        Assert.Equal([byAnna.Id, nobody.Id], forBram.Select(p => p.ApplicationId));
        Assert.Equal("https://example.org/review/" + nobody.Id, forAnna[1].ReviewUrl);
        Assert.Equal("Wijk 2", forAnna[1].Neighbourhood);
    }

    [Fact]
    public void Nothing_is_pending_once_the_selection_has_read_the_applications()
    {
        var read = New(0).StartSelection();

        Assert.Empty(PendingReview.For([read], Anna, a => a.Id));
    }
}
