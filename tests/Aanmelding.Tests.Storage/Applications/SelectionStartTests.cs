using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Storage.Applications;

/// <summary>
/// The selection's cut-off on the run's Azurite (<see cref="ApplicationStore.StartSelectionAsync"/>): what it reads
/// holds every decision written before it, and no decision is written after it. Each test has a call of its own, so
/// marking its partition touches no other test's rows.
/// </summary>
public sealed class SelectionStartTests
{
    readonly CallPartition partition = new();

    string CallId => partition.CallId;

    ApplicationStore Store => partition.Store;

    static readonly DateTimeOffset Submitted = new(2018, 5, 1, 9, 0, 0, TimeSpan.Zero);

    async Task<IReadOnlyList<Application>> StoreAsync(int count)
    {
        var stored = new List<Application>();
        for (var i = 0; i < count; i++)
        {
            var application = new TestApplication { Municipality = TestApplication.AnyMunicipality(i), Neighbourhood = $"Wijk {i}" }
                .Stored(CallId, Submitted.AddMinutes(i));
            Assert.True(await Store.TryAddAsync(application, []));
            stored.Add(application);
        }

        return stored;
    }

    /// <summary>Decides as the review does: only while the application is under review; null when refused.</summary>
    async Task<Application?> DecideAsync(string id, Decision decision, int score)
    {
        var decided = new CoordinatorDecision(CoordinatorDecision.NewEventId(Submitted), decision, score, "coordinator@example.org", null, Submitted);
        var accepted = false;
        var updated = await Store.UpdateAsync(id, current =>
        {
            accepted = current.IsUnderReview;
            return accepted ? current.Decide(decided) : null;
        });
        return accepted ? updated : null;
    }

    [Fact]
    public async Task The_selection_reads_the_decisions_made_before_it_and_after_it_a_decision_is_refused()
    {
        var stored = await StoreAsync(3);
        Assert.NotNull(await DecideAsync(stored[0].Id, Decision.Approved, 8));

        var read = await Store.StartSelectionAsync(CallId);

        Assert.Equal(3, read.Count);
        Assert.All(read, a => Assert.True(a.SelectionStarted));
        Assert.Equal(Decision.Approved, read.Single(a => a.Id == stored[0].Id).Decision);
        Assert.Null(await DecideAsync(stored[1].Id, Decision.Approved, 9));
        Assert.Null((await Store.FindAsync(stored[1].Id))!.Decision);
        Assert.Equal(read.Select(a => a.Id).Order(), (await Store.StartSelectionAsync(CallId)).Select(a => a.Id).Order());
    }

    [Fact]
    public async Task Every_decision_accepted_while_the_selection_starts_is_in_what_it_read()
    {
        var stored = await StoreAsync(12);

        // Decisions race the mark: each either lands before its row's mark and is read, or is refused.
        var decisions = stored.Select((a, i) => Task.Run(() => DecideAsync(a.Id, i % 2 == 0 ? Decision.Approved : Decision.Rejected, i % 10 + 1))).ToList();
        var selection = Task.Run(() => Store.StartSelectionAsync(CallId));
        var answers = await Task.WhenAll(decisions);
        var read = (await selection).ToDictionary(a => a.Id);

        Assert.Equal(stored.Count, read.Count);
        foreach (var accepted in answers.OfType<Application>())
        {
            Assert.Equal(accepted.Decision, read[accepted.Id].Decision);
            Assert.Equal(accepted.Score, read[accepted.Id].Score);
        }

        foreach (var refused in stored.Where(a => answers.OfType<Application>().All(accepted => accepted.Id != a.Id)))
        {
            Assert.Null(read[refused.Id].Decision);
            Assert.Null((await Store.FindAsync(refused.Id))!.Decision);
        }
    }
}
