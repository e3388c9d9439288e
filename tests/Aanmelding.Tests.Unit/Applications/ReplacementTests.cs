using Aanmelding.Core.Applications;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>After the selection: a selected application that drops out, and the first on the reserve list taking its place.</summary>
public sealed class ReplacementTests
{
    const string Coordinator = "anna@example.org";
    static readonly DateTimeOffset Submitted = new(2018, 7, 2, 8, 30, 0, TimeSpan.Zero);
    static readonly DateTimeOffset After = new(2018, 9, 1, 10, 0, 0, TimeSpan.Zero);

    static Application With(ApplicationStatus outcome, int? rank, int minutes) =>
        new TestApplication { Neighbourhood = $"Wijk {minutes}" }.Stored("kwetsbare-wijken-2018", Submitted.AddMinutes(minutes))
            .ApplyOutcome(new SelectionOutcome("", outcome, rank, "Reden.")) with { SelectionStarted = true };

    [Fact]
    public void The_first_on_the_reserve_list_takes_the_place_and_the_rank_of_the_selected_one_that_drops_out()
    {
        var selected = With(ApplicationStatus.Selected, 1, 0);
        var second = With(ApplicationStatus.Reserve, 3, 1);
        var first = With(ApplicationStatus.Reserve, 2, 2);
        var notSelected = With(ApplicationStatus.NotSelected, null, 3);

        var changed = Replacement.Apply([selected, second, first, notSelected], selected.Id, Coordinator, After);

        Assert.Equal(2, changed.Count);
        var dropped = Assert.Single(changed, a => a.Id == selected.Id);
        var promoted = Assert.Single(changed, a => a.Id == first.Id);
        Assert.Equal(ApplicationStatus.Withdrawn, dropped.Status);
        Assert.Null(dropped.Outcome);
        Assert.Null(dropped.Rank);
        Assert.Equal(After, dropped.WithdrawnAt);
        Assert.Equal(ApplicationStatus.Selected, promoted.Outcome);
        Assert.Equal(ApplicationStatus.Selected, promoted.Status);
        Assert.Equal(1, promoted.Rank);
        Assert.Equal([new Replacement(selected.Id, first.Id, 1, Coordinator, After)], dropped.Replacements);
        Assert.Equal(dropped.Replacements, promoted.Replacements);
    }

    [Fact]
    public void Nothing_changes_for_one_not_selected_one_replaced_already_or_an_empty_reserve_list()
    {
        var selected = With(ApplicationStatus.Selected, 1, 0);
        var reserve = With(ApplicationStatus.Reserve, 2, 1);
        var done = Replacement.Apply([selected, reserve], selected.Id, Coordinator, After);
        var after = done.ToDictionary(a => a.Id);

        Assert.Empty(Replacement.Apply([selected, reserve], reserve.Id, Coordinator, After));
        Assert.Empty(Replacement.Apply([after[selected.Id], after[reserve.Id]], selected.Id, Coordinator, After.AddMinutes(1)));
        Assert.Empty(Replacement.Apply([after[reserve.Id]], after[reserve.Id].Id, Coordinator, After.AddMinutes(1)));
        Assert.Empty(Replacement.Apply([selected], selected.Id, Coordinator, After));
        Assert.Empty(Replacement.Apply([selected, reserve], "bestaat-niet", Coordinator, After));
    }

    [Fact]
    public void Dropping_out_again_with_the_same_replacement_changes_nothing_and_with_another_is_refused()
    {
        var selected = With(ApplicationStatus.Selected, 1, 0);
        var replacement = new Replacement(selected.Id, "R1", 1, Coordinator, After);
        var dropped = selected.DropOut(replacement);

        Assert.Same(dropped, dropped.DropOut(replacement));
        Assert.Throws<InvalidOperationException>(() => dropped.DropOut(replacement with { ReserveId = "R2" }));
        Assert.Throws<InvalidOperationException>(() => With(ApplicationStatus.Reserve, 2, 1).DropOut(replacement));
    }

    [Fact]
    public void A_reserve_that_took_a_place_can_drop_out_in_its_turn_and_the_next_on_the_list_takes_it()
    {
        var selected = With(ApplicationStatus.Selected, 1, 0);
        var reserve = With(ApplicationStatus.Reserve, 2, 1);
        var next = With(ApplicationStatus.Reserve, 3, 2);
        var first = Replacement.Apply([selected, reserve, next], selected.Id, Coordinator, After).ToDictionary(a => a.Id);

        Assert.Equal(next.Id, Replacement.FirstReserve([first[selected.Id], first[reserve.Id], next])!.Id);
        var second = Replacement.Apply([first[selected.Id], first[reserve.Id], next], reserve.Id, Coordinator, After.AddDays(1)).ToDictionary(a => a.Id);

        Assert.Equal(ApplicationStatus.Withdrawn, second[reserve.Id].Status);
        Assert.Equal(2, second[reserve.Id].Replacements.Count);
        Assert.Equal(selected.Id, second[reserve.Id].Replacements[0].DroppedId);
        Assert.Equal(reserve.Id, second[reserve.Id].DroppedOut!.DroppedId);
        Assert.Equal(ApplicationStatus.Selected, second[next.Id].Outcome);
        Assert.Equal(1, second[next.Id].Rank);
        Assert.False(Replacement.CanDropOut(second[reserve.Id]));
    }
}
