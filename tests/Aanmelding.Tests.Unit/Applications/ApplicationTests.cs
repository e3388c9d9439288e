using Aanmelding.Core.Applications;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>The transitions DESIGN §4 allows an application, and the ones it refuses.</summary>
public sealed class ApplicationTests
{
    static readonly DateTimeOffset Submitted = new(2018, 7, 2, 8, 30, 0, TimeSpan.Zero);

    static Application New() => new TestApplication().Stored("kwetsbare-wijken-2018", Submitted);

    static CoordinatorDecision By(string coordinator, Decision decision, int? score = null) =>
        new(CoordinatorDecision.NewEventId(Submitted.AddDays(3)), decision, score, coordinator, "Sterke motivatie.", Submitted.AddDays(3));

    static SelectionOutcome Outcome(Application application, ApplicationStatus outcome, int? rank) =>
        new(application.Id, outcome, rank, "Reden.");

    [Fact]
    public void A_new_application_is_submitted_under_a_fresh_reference_and_under_review()
    {
        var first = Application.Submit("kwetsbare-wijken-2018", new TestApplication().Form(), "GM0344", Submitted);
        var second = Application.Submit("kwetsbare-wijken-2018", new TestApplication().Form(), "GM0344", Submitted);

        Assert.Equal(ApplicationStatus.Submitted, first.Status);
        Assert.True(ApplicationReference.IsWellFormed(first.Id));
        Assert.NotEqual(first.Id, second.Id);
        Assert.True(first.IsUnderReview);
        Assert.Null(first.Decision);
    }

    [Fact]
    public void A_reviewer_revises_their_own_review_and_never_another_ones()
    {
        var approved = New().Decide(By("a@example.org", Decision.Approved, 4));
        var revised = approved.Decide(By("a@example.org", Decision.Rejected));

        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.Equal(4, approved.Score);
        Assert.Equal(ApplicationStatus.Rejected, revised.Status);
        Assert.Equal(Decision.Rejected, revised.Decision);
        Assert.Null(revised.Score);
        Assert.Equal("a@example.org", Assert.Single(revised.Reviews).Coordinator);
    }

    [Fact]
    public void A_second_reviewer_adds_a_review_and_the_application_takes_the_combined_standing()
    {
        var first = New().Decide(By("a@example.org", Decision.Approved, 4) with { Note = "Sterk plan." });
        var both = first.Decide(By("b@example.org", Decision.Rejected, 2));

        Assert.Equal(["a@example.org", "b@example.org"], both.Reviews.Select(r => r.Coordinator));
        Assert.Equal("Sterk plan.", both.Reviews[0].Note);

        // One of two approves: no majority, so rejected; the score is the mean.
        Assert.Equal(ApplicationStatus.Rejected, both.Status);
        Assert.Equal(3, both.Score);
        Assert.Equal("b@example.org", both.DecidedBy);

        var third = both.Decide(By("c@example.org", Decision.Approved, 5));
        Assert.Equal(ApplicationStatus.Approved, third.Status);
        Assert.Equal(4, third.Score);
        Assert.Equal(ApplicationStatus.Approved, third.AsSelectionCandidate().Status);
        Assert.Equal(4, third.AsSelectionCandidate().Score);
    }

    [Fact]
    public void The_applicant_sees_a_decision_only_as_submitted()
    {
        Assert.Equal(ApplicationStatus.Submitted, New().Decide(By("a@example.org", Decision.Approved)).PublicStatus);
        Assert.Equal(ApplicationStatus.Submitted, New().Decide(By("a@example.org", Decision.Rejected)).PublicStatus);
        Assert.Equal(ApplicationStatus.Withdrawn, New().Withdraw(Submitted.AddDays(1)).PublicStatus);
    }

    [Fact]
    public void Withdrawing_keeps_the_moment_and_withdrawing_again_changes_nothing()
    {
        var withdrawn = New().Decide(By("a@example.org", Decision.Approved)).Withdraw(Submitted.AddDays(1));

        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(Submitted.AddDays(1), withdrawn.WithdrawnAt);
        Assert.True(withdrawn.CanBeWithdrawn);
        Assert.Same(withdrawn, withdrawn.Withdraw(Submitted.AddDays(2)));
        Assert.False(withdrawn.IsUnderReview);
        Assert.Throws<InvalidOperationException>(() => withdrawn.Decide(By("a@example.org", Decision.Approved)));
    }

    [Fact]
    public void Once_the_outcome_is_known_it_can_be_neither_withdrawn_nor_decided()
    {
        var application = New().Decide(By("a@example.org", Decision.Approved, 5));
        var selected = application.ApplyOutcome(Outcome(application, ApplicationStatus.Selected, 1));

        Assert.Equal(ApplicationStatus.Selected, selected.Status);
        Assert.Equal(ApplicationStatus.Selected, selected.Outcome);
        Assert.Equal(1, selected.Rank);
        Assert.Equal(ApplicationStatus.Selected, selected.PublicStatus);
        Assert.False(selected.CanBeWithdrawn);
        Assert.Throws<InvalidOperationException>(() => selected.Withdraw(Submitted.AddDays(20)));
        Assert.Throws<InvalidOperationException>(() => selected.Decide(By("a@example.org", Decision.Rejected)));
    }

    [Fact]
    public void A_withdrawn_application_keeps_no_outcome_from_the_selection()
    {
        var withdrawn = New().Withdraw(Submitted.AddDays(1));

        var after = withdrawn.ApplyOutcome(Outcome(withdrawn, ApplicationStatus.Withdrawn, null));

        Assert.Equal(ApplicationStatus.Withdrawn, after.Status);
        Assert.Null(after.Outcome);
        Assert.Equal("Reden.", after.OutcomeReason);
    }

    [Fact]
    public void The_selection_sees_the_state_before_selection_even_after_a_retried_selection_wrote_its_outcome()
    {
        var approved = New().Decide(By("a@example.org", Decision.Approved, 4));
        var rejected = New().Decide(By("a@example.org", Decision.Rejected, 2));
        var withdrawn = New().Decide(By("a@example.org", Decision.Approved, 3)).Withdraw(Submitted.AddDays(1));
        var reserve = approved.ApplyOutcome(Outcome(approved, ApplicationStatus.Reserve, 13));

        Assert.Equal(
            new SelectionCandidate(approved.Id, "GM0344", ApplicationStatus.Approved, 4, Submitted) { MunicipalityName = "Utrecht" },
            approved.AsSelectionCandidate());
        Assert.Equal(approved.AsSelectionCandidate(), reserve.AsSelectionCandidate());
        Assert.Equal(ApplicationStatus.Rejected, rejected.AsSelectionCandidate().Status);
        Assert.Null(rejected.AsSelectionCandidate().Score);
        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.AsSelectionCandidate().Status);
        Assert.Equal(ApplicationStatus.Submitted, New().AsSelectionCandidate().Status);
    }

    [Fact]
    public void Once_the_selection_has_read_it_an_application_takes_no_decision_and_no_withdrawal()
    {
        var approved = New().Decide(By("a@example.org", Decision.Approved, 4));

        var read = approved.StartSelection();

        Assert.True(read.SelectionStarted);
        Assert.False(read.IsUnderReview);
        Assert.False(read.CanBeWithdrawn);
        Assert.Throws<InvalidOperationException>(() => read.Decide(By("b@example.org", Decision.Rejected)));
        Assert.Throws<InvalidOperationException>(() => read.Withdraw(Submitted.AddDays(5)));
        Assert.Same(read, read.StartSelection());
        Assert.Equal(approved.AsSelectionCandidate(), read.AsSelectionCandidate());

        // To the applicant it is still just submitted: decisions stay internal until the outcome.
        Assert.Equal(ApplicationStatus.Submitted, read.PublicStatus);
    }

    [Fact]
    public void The_municipality_is_compared_by_its_code_and_a_row_without_one_by_its_name_apart_from_every_code()
    {
        var stored = New();
        var withoutCode = stored with { MunicipalityCode = null, Form = stored.Form with { Municipality = " UTRECHT " } };

        Assert.Equal("GM0344", stored.MunicipalityIdentity);
        Assert.Equal("Utrecht", stored.Form.Municipality);
        Assert.Equal("name:utrecht", withoutCode.MunicipalityIdentity);
        Assert.Equal("name:utrecht", (withoutCode with { Form = stored.Form with { Municipality = "utrecht" } }).MunicipalityIdentity);
        Assert.Equal("name:", (withoutCode with { Form = stored.Form with { Municipality = null } }).MunicipalityIdentity);
    }
}
