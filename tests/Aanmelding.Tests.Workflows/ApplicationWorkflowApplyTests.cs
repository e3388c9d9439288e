using Aanmelding.Contracts;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Tests.Workflows;

/// <summary>The decision bookkeeping of the ApplicationWorkflow, as a pure function.</summary>
public sealed class ApplicationWorkflowApplyTests
{
    static readonly DateTimeOffset At = new(2018, 7, 16, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_last_decision_counts_with_its_score_and_coordinator()
    {
        var state = new ApplicationWorkflowState();

        state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent("e1", ApplicationStatus.Approved, 5, "a@example.org", At));
        state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent("e2", ApplicationStatus.Rejected, null, "b@example.org", At.AddMinutes(5)));

        Assert.Equal(ApplicationStatus.Rejected, state.Decision);
        Assert.Null(state.Score);
        Assert.Equal("b@example.org", state.DecidedBy);
    }

    [Fact]
    public void The_same_event_twice_counts_once_even_after_a_later_decision()
    {
        var approve = new ReviewDecisionEvent("e1", ApplicationStatus.Approved, 4, "a@example.org", At);
        var reject = new ReviewDecisionEvent("e2", ApplicationStatus.Rejected, null, "a@example.org", At.AddMinutes(1));

        var state = ApplicationWorkflow.Apply(ApplicationWorkflow.Apply(new ApplicationWorkflowState(), approve), reject);
        var again = ApplicationWorkflow.Apply(state, approve);

        Assert.Same(state, again);
        Assert.Equal(ApplicationStatus.Rejected, again.Decision);
        Assert.Equal(["e1", "e2"], again.SeenEventIds);
    }

    [Fact]
    public void Applying_keeps_the_acknowledgement_and_leaves_the_old_state_untouched()
    {
        var before = new ApplicationWorkflowState { Acknowledged = true };

        var after = ApplicationWorkflow.Apply(before, new ReviewDecisionEvent("e1", ApplicationStatus.Approved, 3, "a@example.org", At));

        Assert.True(after.Acknowledged);
        Assert.Null(before.Decision);
        Assert.Empty(before.SeenEventIds);
        Assert.Equal(3, after.Score);
    }

    [Fact]
    public void The_remembered_event_ids_stay_bounded_and_keep_the_newest()
    {
        var state = new ApplicationWorkflowState();
        for (var i = 0; i < 500; i++)
        {
            state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent($"e{i}", ApplicationStatus.Approved, 3, "a@example.org", At.AddSeconds(i)));
        }

        Assert.True(state.SeenEventIds.Count < 500);
        Assert.Equal("e499", state.SeenEventIds[^1]);

        // The most recent delivery repeated is still recognised.
        var repeated = ApplicationWorkflow.Apply(state with { Decision = ApplicationStatus.Rejected }, new ReviewDecisionEvent("e499", ApplicationStatus.Approved, 3, "a@example.org", At));
        Assert.Equal(ApplicationStatus.Rejected, repeated.Decision);
    }
}
