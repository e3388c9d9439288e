using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

public class ReviewStandingTests
{
    static readonly DateTimeOffset At = new(2018, 7, 16, 9, 0, 0, TimeSpan.Zero);

    static CoordinatorDecision Review(int minute, string coordinator, Decision decision, int? score = null, string? note = null) =>
        new(CoordinatorDecision.NewEventId(At.AddMinutes(minute)), decision, score, coordinator, note, At.AddMinutes(minute));

    [Fact]
    public void Each_reviewer_keeps_their_own_latest_review_and_a_revision_replaces_only_their_own()
    {
        var standing = ReviewStanding.Of(
        [
            Review(1, "anna@example.org", Decision.Rejected, 2, "Eerste indruk."),
            Review(2, "BRAM@example.org", Decision.Approved, 5),
            Review(3, "anna@example.org", Decision.Approved, 4, "Na overleg toch goed."),
            Review(4, "bram@example.org", Decision.Approved, 3),
        ]);

        Assert.Collection(
            standing.Reviews,
            anna => Assert.Equal(("anna@example.org", Decision.Approved, (int?)4, "Na overleg toch goed."), (anna.Coordinator, anna.Decision, anna.Score, anna.Note)),
            bram => Assert.Equal(("bram@example.org", Decision.Approved, (int?)3), (bram.Coordinator, bram.Decision, bram.Score)));
        Assert.False(standing.Disagree);
    }

    [Fact]
    public void Reviewers_disagree_when_one_approves_and_another_rejects()
    {
        Assert.True(ReviewStanding.Of([Review(1, "anna@example.org", Decision.Approved), Review(2, "bram@example.org", Decision.Rejected)]).Disagree);
        Assert.False(ReviewStanding.Of([Review(1, "anna@example.org", Decision.Rejected), Review(2, "anna@example.org", Decision.Approved)]).Disagree);
        Assert.False(ReviewStanding.None.Disagree);
    }

    [Theory]
    [InlineData(new[] { "approved" }, new[] { 4 }, "approved", 4)]
    [InlineData(new[] { "approved", "rejected" }, new[] { 5, 2 }, "rejected", 4)]
    [InlineData(new[] { "approved", "approved", "rejected" }, new[] { 5, 4, 1 }, "approved", 3)]
    [InlineData(new[] { "rejected", "rejected" }, new[] { 0, 0 }, "rejected", null)]
    public void Reviews_combine_by_majority_and_mean_score(string[] decisions, int[] scores, string expected, int? expectedScore)
    {
        var standing = ReviewStanding.Of(decisions.Select((d, i) =>
            Review(i, $"r{i}@example.org", d == "approved" ? Decision.Approved : Decision.Rejected, scores[i] == 0 ? null : scores[i])));

        var (decision, score) = standing.Combine();

        Assert.Equal(expected == "approved" ? Decision.Approved : Decision.Rejected, decision);
        Assert.Equal(expectedScore, score);
    }

    [Fact]
    public void No_reviews_is_no_decision() => Assert.Equal((null, null), ReviewStanding.None.Combine());
}
