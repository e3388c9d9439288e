using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Tests.Workflows;

/// <summary>The decision bookkeeping of the ApplicationWorkflow, as a pure function.</summary>
public sealed class ApplicationWorkflowApplyTests
{
    [Fact]
    public void The_last_decision_counts()
    {
        var state = new ApplicationWorkflowState();

        state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent("e1", Decision.Approved));
        state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent("e2", Decision.Rejected));

        Assert.Equal(Decision.Rejected, state.Decision);
    }

    [Fact]
    public void The_same_event_twice_counts_once_even_after_a_later_decision()
    {
        var approve = new ReviewDecisionEvent("e1", Decision.Approved);
        var reject = new ReviewDecisionEvent("e2", Decision.Rejected);

        var state = ApplicationWorkflow.Apply(ApplicationWorkflow.Apply(new ApplicationWorkflowState(), approve), reject);
        var again = ApplicationWorkflow.Apply(state, approve);

        Assert.Same(state, again);
        Assert.Equal(Decision.Rejected, again.Decision);
        Assert.Equal(["e1", "e2"], again.SeenEventIds);
    }

    [Fact]
    public void Applying_keeps_the_acknowledgement_and_leaves_the_old_state_untouched()
    {
        var before = new ApplicationWorkflowState { Acknowledged = true };

        var after = ApplicationWorkflow.Apply(before, new ReviewDecisionEvent("e1", Decision.Approved));

        Assert.True(after.Acknowledged);
        Assert.Null(before.Decision);
        Assert.Empty(before.SeenEventIds);
        Assert.Equal(Decision.Approved, after.Decision);
    }

    [Fact]
    public void The_remembered_event_ids_stay_bounded_and_keep_the_newest()
    {
        var state = new ApplicationWorkflowState();
        for (var i = 0; i < 500; i++)
        {
            state = ApplicationWorkflow.Apply(state, new ReviewDecisionEvent($"e{i}", Decision.Approved));
        }

        Assert.True(state.SeenEventIds.Count < 500);
        Assert.Equal("e499", state.SeenEventIds[^1]);

        // The most recent delivery repeated is still recognised.
        var repeated = ApplicationWorkflow.Apply(state with { Decision = Decision.Rejected }, new ReviewDecisionEvent("e499", Decision.Approved));
        Assert.Equal(Decision.Rejected, repeated.Decision);
    }
}
