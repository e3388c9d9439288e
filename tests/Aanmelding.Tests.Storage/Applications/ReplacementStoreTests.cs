using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Storage.Applications;

/// <summary>
/// Replacements on the run's Azurite (<see cref="ApplicationStore.UpdateTogetherAsync"/> with <see cref="Replacement.Apply"/>):
/// both rows change together or not at all, so replacements at the same moment never give one reserve two places, and
/// a replacement asked again changes nothing.
/// </summary>
public sealed class ReplacementStoreTests
{
    readonly CallPartition partition = new();

    string CallId => partition.CallId;

    ApplicationStore Store => partition.Store;

    static readonly DateTimeOffset Submitted = new(2018, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Stores applications with these outcomes, ranked in this order.</summary>
    async Task<IReadOnlyList<Application>> StoreAsync(params ApplicationStatus[] outcomes)
    {
        var stored = new List<Application>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            var application = new TestApplication { Municipality = TestApplication.AnyMunicipality(i), Neighbourhood = $"Wijk {i}" }
                .Stored(CallId, Submitted.AddMinutes(i))
                .StartSelection()
                .ApplyOutcome(new SelectionOutcome("", outcomes[i], i + 1, "Reden."));
            Assert.True(await Store.TryAddAsync(application, []));
            stored.Add(application);
        }

        return stored;
    }

    Task<IReadOnlyList<Application>> ReplaceAsync(string droppedId, string coordinator) =>
        Store.UpdateTogetherAsync(CallId, all => Replacement.Apply(all, droppedId, coordinator, Submitted.AddDays(60)));

    [Fact]
    public async Task Two_selected_ones_dropping_out_at_once_are_replaced_by_two_different_reserves_in_list_order()
    {
        var stored = await StoreAsync(ApplicationStatus.Selected, ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.Reserve, ApplicationStatus.Reserve);

        var results = await Task.WhenAll(ReplaceAsync(stored[0].Id, "anna@example.org"), ReplaceAsync(stored[1].Id, "bram@example.org"));

        Assert.All(results, written => Assert.Equal(2, written.Count));
        var now = (await Store.ListByCallAsync(CallId)).ToDictionary(a => a.Id);
        Assert.Equal(ApplicationStatus.Withdrawn, now[stored[0].Id].Status);
        Assert.Equal(ApplicationStatus.Withdrawn, now[stored[1].Id].Status);
        Assert.Equal(ApplicationStatus.Selected, now[stored[2].Id].Outcome);
        Assert.Equal(ApplicationStatus.Selected, now[stored[3].Id].Outcome);
        Assert.Equal(ApplicationStatus.Reserve, now[stored[4].Id].Outcome);
        Assert.Equal(
            new[] { stored[2].Id, stored[3].Id }.Order(StringComparer.Ordinal),
            new[] { now[stored[0].Id].DroppedOut!.ReserveId, now[stored[1].Id].DroppedOut!.ReserveId }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_one_dropping_out_twice_at_once_is_replaced_once()
    {
        var stored = await StoreAsync(ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.Reserve);

        var results = await Task.WhenAll(ReplaceAsync(stored[0].Id, "anna@example.org"), ReplaceAsync(stored[0].Id, "anna@example.org"));

        Assert.Single(results, written => written.Count == 2);
        Assert.Single(results, written => written.Count == 0);
        var now = (await Store.ListByCallAsync(CallId)).ToDictionary(a => a.Id);
        Assert.Equal(ApplicationStatus.Selected, now[stored[1].Id].Outcome);
        Assert.Equal(ApplicationStatus.Reserve, now[stored[2].Id].Outcome);
        Assert.Single(now[stored[0].Id].Replacements);
    }
}
