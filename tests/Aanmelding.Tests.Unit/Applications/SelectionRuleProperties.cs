using Aanmelding.Core.Applications;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aanmelding.Tests.Unit.Applications;

public class SelectionRuleProperties
{
    static readonly DateTimeOffset T0 = new(2018, 7, 1, 9, 0, 0, TimeSpan.FromHours(2));

    /// <summary>Spellings of a dozen municipalities; the variants of one resolve to one code, so the municipality rule gets work.</summary>
    static readonly string[] Municipalities =
    [
        "Utrecht", " utrecht", "Gemeente Utrecht", "UTRECHT ",
        "Súdwest-Fryslân", "sudwest–fryslan", "gemeente Súdwest—Fryslân",
        "'s-Hertogenbosch", "’s-hertogenbosch",
        "Den Haag", "den  haag",
        "Zwolle", "Almere", "Breda", "Delft", "Ede", "Gouda", "Hoorn", "Venlo", "Sittard-Geleen",
    ];

    static Gen<SelectionCandidate> Candidate(int index) =>
        from municipality in Gen.Elements(Municipalities)
        from status in Gen.Frequency(
            (6, Gen.Constant(ApplicationStatus.Approved)),
            (1, Gen.Constant(ApplicationStatus.Submitted)),
            (1, Gen.Constant(ApplicationStatus.Rejected)),
            (1, Gen.Constant(ApplicationStatus.Withdrawn)))
        from score in Gen.Frequency(
            (1, Gen.Constant<int?>(null)),
            (4, Gen.Choose(1, 5).Select(s => (int?)s)))
        from hour in Gen.Choose(0, 8)
        from offsetHours in Gen.Elements(0, 2)
        from prefix in Gen.Elements("a", "B", "c", "D", "e")
        select Candidates.Of(
            $"{prefix}{index}",
            municipality,
            status,
            score,
            T0.AddHours(hour).ToOffset(TimeSpan.FromHours(offsetHours)));

    static readonly Gen<SelectionInput> Inputs =
        from count in Gen.Choose(0, 40)
        from candidates in Gen.CollectToList(Enumerable.Range(0, count), Candidate)
        from capacity in Gen.Choose(0, 15)
        from onePerMunicipality in Gen.Elements(true, false)
        select new SelectionInput(candidates, capacity, onePerMunicipality);

    static IReadOnlyList<SelectionOutcome> Run(SelectionInput input) =>
        SelectionRule.Select(input.Candidates, input.Capacity, input.OnePerMunicipality);

    static Dictionary<string, SelectionCandidate> ById(SelectionInput input) =>
        input.Candidates.ToDictionary(c => c.ApplicationId, StringComparer.Ordinal);

    [Property(MaxTest = 300)]
    public Property Never_more_selected_than_capacity() =>
        Prop.ForAll(Arb.From(Inputs), input =>
            Run(input).Count(o => o.Outcome == ApplicationStatus.Selected) <= input.Capacity);

    [Property(MaxTest = 300)]
    public Property Never_two_selected_from_one_municipality() =>
        Prop.ForAll(Arb.From(Inputs.Where(i => i.OnePerMunicipality)), input =>
        {
            var byId = ById(input);
            var keys = Run(input)
                .Where(o => o.Outcome == ApplicationStatus.Selected)
                .Select(o => byId[o.ApplicationId].Municipality)
                .ToList();
            return keys.Count == keys.Distinct(StringComparer.Ordinal).Count();
        });

    [Property(MaxTest = 300)]
    public Property No_reserve_from_a_municipality_that_has_a_selected_application() =>
        Prop.ForAll(Arb.From(Inputs.Where(i => i.OnePerMunicipality)), input =>
        {
            var byId = ById(input);
            var outcomes = Run(input);
            var selectedKeys = outcomes
                .Where(o => o.Outcome == ApplicationStatus.Selected)
                .Select(o => byId[o.ApplicationId].Municipality)
                .ToHashSet(StringComparer.Ordinal);
            return outcomes
                .Where(o => o.Outcome == ApplicationStatus.Reserve)
                .All(o => !selectedKeys.Contains(byId[o.ApplicationId].Municipality));
        });

    [Property(MaxTest = 300)]
    public Property The_same_input_in_any_order_gives_the_same_output() =>
        Prop.ForAll(
            Arb.From(from input in Inputs
                     from shuffled in Gen.Shuffle(input.Candidates.ToArray())
                     select (input, shuffled)),
            pair => Run(pair.input).SequenceEqual(
                SelectionRule.Select(pair.shuffled, pair.input.Capacity, pair.input.OnePerMunicipality)));

    [Property(MaxTest = 300)]
    public Property Every_candidate_gets_exactly_one_outcome() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var outcomes = Run(input);
            return outcomes.Count == input.Candidates.Count
                && outcomes.Select(o => o.ApplicationId).Order(StringComparer.Ordinal)
                    .SequenceEqual(input.Candidates.Select(c => c.ApplicationId).Order(StringComparer.Ordinal))
                && outcomes.All(o => !string.IsNullOrWhiteSpace(o.Reason));
        });

    [Property(MaxTest = 300)]
    public Property A_selected_application_never_ranks_behind_a_reserve() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var outcomes = Run(input);
            var lastSelected = outcomes.Where(o => o.Outcome == ApplicationStatus.Selected).Select(o => o.Rank!.Value).DefaultIfEmpty(0).Max();
            var firstReserve = outcomes.Where(o => o.Outcome == ApplicationStatus.Reserve).Select(o => o.Rank!.Value).DefaultIfEmpty(int.MaxValue).Min();
            return lastSelected < firstReserve;
        });

    [Property(MaxTest = 300)]
    public Property With_enough_eligible_municipalities_exactly_capacity_are_selected() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var approved = input.Candidates.Where(c => c.Status == ApplicationStatus.Approved).ToList();
            var eligible = input.OnePerMunicipality
                ? approved.Select(c => c.Municipality).Distinct(StringComparer.Ordinal).Count()
                : approved.Count;
            var selected = Run(input).Count(o => o.Outcome == ApplicationStatus.Selected);

            // The stronger statement: as many as the places and the eligible municipalities allow.
            return selected == Math.Min(input.Capacity, eligible)
                && (eligible < input.Capacity || selected == input.Capacity);
        });

    [Property(MaxTest = 300)]
    public Property Ranks_and_order_are_as_documented() =>
        Prop.ForAll(Arb.From(Inputs), input =>
        {
            var byId = ById(input);
            var outcomes = Run(input);
            var approvedCount = input.Candidates.Count(c => c.Status == ApplicationStatus.Approved);
            var walk = outcomes.Take(approvedCount).ToList();
            var rest = outcomes.Skip(approvedCount).ToList();

            var walkOk = walk.Select(o => o.Rank).SequenceEqual(Enumerable.Range(1, approvedCount).Select(r => (int?)r))
                && walk.All(o => byId[o.ApplicationId].Status == ApplicationStatus.Approved)
                && walk.Zip(walk.Skip(1)).All(p => Precedes(byId[p.First.ApplicationId], byId[p.Second.ApplicationId]));

            var restOk = rest.All(o => o.Rank is null)
                && rest.All(o => o.Outcome == (byId[o.ApplicationId].Status == ApplicationStatus.Withdrawn
                    ? ApplicationStatus.Withdrawn
                    : ApplicationStatus.NotSelected))
                && rest.Zip(rest.Skip(1)).All(p => ByTimeThenId(byId[p.First.ApplicationId], byId[p.Second.ApplicationId]) < 0);

            return walkOk && restOk;
        });

    static bool Precedes(SelectionCandidate first, SelectionCandidate second)
    {
        var byScore = (second.Score ?? 3).CompareTo(first.Score ?? 3);
        return byScore < 0 || (byScore == 0 && ByTimeThenId(first, second) < 0);
    }

    static int ByTimeThenId(SelectionCandidate first, SelectionCandidate second)
    {
        var byTime = first.SubmittedAt.CompareTo(second.SubmittedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(first.ApplicationId, second.ApplicationId);
    }
}
