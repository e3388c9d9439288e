using Aanmelding.Core.Applications;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>An applicant's change (issue 16.2): a new version while under review, and the reviews marked by the version they were of.</summary>
public sealed class ApplicationChangeTests
{
    static readonly DateTimeOffset Submitted = new(2018, 7, 2, 8, 30, 0, TimeSpan.Zero);
    static readonly DateTimeOffset Later = Submitted.AddDays(2);

    static Application New() => new TestApplication().Stored("kwetsbare-wijken-2018", Submitted);

    static CoordinatorDecision By(string coordinator, Decision decision) =>
        new(CoordinatorDecision.NewEventId(Submitted.AddDays(1)), decision, 4, coordinator, null, Submitted.AddDays(1));

    [Fact]
    public void A_change_is_the_next_version_with_the_new_answers_and_the_moment_it_was_made()
    {
        var application = New();
        var changed = application.Change(new TestApplication { Neighbourhood = "Kanaleneiland" }.Form(), "GM0344", Later);

        Assert.Equal(1, application.Version);
        Assert.Equal(2, changed.Version);
        Assert.Equal("Kanaleneiland", changed.Form.Neighbourhood);
        Assert.Equal(Later, changed.ChangedAt);
        Assert.Equal(application.SubmittedAt, changed.SubmittedAt);
        Assert.Equal(application.Id, changed.Id);
    }

    [Fact]
    public void The_same_answers_again_are_no_new_version()
    {
        var application = New();

        Assert.Same(application, application.Change(new TestApplication().Form(), application.MunicipalityCode!, Later));
    }

    [Fact]
    public void A_review_records_the_version_it_was_of_and_reads_as_earlier_once_the_applicant_changed_it()
    {
        var reviewed = New().Decide(By("a@example.org", Decision.Approved));
        var changed = reviewed.Change(new TestApplication { Motivation = TestApplication.DefaultMotivation + " Aangevuld." }.Form(), reviewed.MunicipalityCode!, Later);
        var reviewedAgain = changed.Decide(By("b@example.org", Decision.Approved));

        Assert.Equal(1, Assert.Single(reviewed.Reviews).Version);
        Assert.False(reviewed.IsOfEarlierVersion(reviewed.Reviews[0]));
        Assert.True(changed.IsOfEarlierVersion(changed.Reviews[0]));

        // The review stays and counts until its beoordelaar revises it; the new one is of version 2.
        Assert.Equal(ApplicationStatus.Approved, changed.Status);
        Assert.Equal([1, 2], reviewedAgain.Reviews.Select(r => r.Version));
        Assert.Equal([true, false], reviewedAgain.Reviews.Select(reviewedAgain.IsOfEarlierVersion));
    }

    [Fact]
    public void A_withdrawn_application_or_one_the_selection_has_read_cannot_be_changed()
    {
        var form = new TestApplication { Neighbourhood = "Kanaleneiland" }.Form();

        Assert.Throws<InvalidOperationException>(() => New().Withdraw(Later).Change(form, "GM0344", Later));
        Assert.Throws<InvalidOperationException>(() => New().StartSelection().Change(form, "GM0344", Later));
        Assert.False(New().StartSelection().CanBeChanged);
    }
}
