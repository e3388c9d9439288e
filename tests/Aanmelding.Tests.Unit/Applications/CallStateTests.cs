using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>A call's phases only move forward, so a replayed step of the CallWorkflow changes nothing.</summary>
public sealed class CallStateTests
{
    static readonly DateTimeOffset Closed = new(2018, 7, 13, 22, 0, 0, TimeSpan.Zero);

    static readonly SelectionOutcome[] Outcomes =
    [
        new("A", ApplicationStatus.Selected, 1, ""),
        new("B", ApplicationStatus.Reserve, 2, ""),
        new("C", ApplicationStatus.NotSelected, null, ""),
        new("D", ApplicationStatus.NotSelected, null, ""),
        new("E", ApplicationStatus.Withdrawn, null, ""),
    ];

    [Fact]
    public void A_call_goes_from_open_through_closed_and_finalizing_to_final_with_its_counts()
    {
        var open = new CallState();
        var closed = open.Close(Closed);
        var finalizing = closed.BeginFinalizing();
        var final = finalizing.Finalize(Closed.AddDays(14), Outcomes);

        Assert.Equal([CallPhase.Open, CallPhase.Closed, CallPhase.Finalizing, CallPhase.Final], [open.Phase, closed.Phase, finalizing.Phase, final.Phase]);
        Assert.Equal(Closed, final.ClosedAt);
        Assert.Equal(Closed.AddDays(14), final.FinalizedAt);
        Assert.Equal((1, 1, 2), (final.Selected, final.Reserve, final.NotSelected));
        Assert.False(closed.DecisionsFrozen);
        Assert.True(finalizing.DecisionsFrozen);
    }

    [Fact]
    public void A_step_taken_again_or_late_changes_nothing()
    {
        var final = new CallState().Close(Closed).BeginFinalizing().Finalize(Closed.AddDays(14), Outcomes);

        Assert.Same(final, final.Close(Closed.AddDays(20)));
        Assert.Same(final, final.BeginFinalizing());
        Assert.Same(final, final.Finalize(Closed.AddDays(30), []));
    }

    [Fact]
    public void After_a_replacement_the_counts_follow_the_stored_selection_only_once_final()
    {
        static SelectionEntry Entry(string id, ApplicationStatus outcome) => new(1, id, outcome, null, "", null, null, null, null, null);
        var final = new CallState().Close(Closed).BeginFinalizing().Finalize(Closed.AddDays(14), Outcomes);
        SelectionEntry[] replaced = [Entry("A", ApplicationStatus.Withdrawn), Entry("B", ApplicationStatus.Selected), Entry("C", ApplicationStatus.NotSelected)];

        var recounted = final.Recount(replaced);

        Assert.Equal((1, 0, 1), (recounted.Selected, recounted.Reserve, recounted.NotSelected));
        Assert.Equal(recounted, recounted.Recount(replaced));
        Assert.Equal(new CallState().Close(Closed), new CallState().Close(Closed).Recount(replaced));
    }
}
