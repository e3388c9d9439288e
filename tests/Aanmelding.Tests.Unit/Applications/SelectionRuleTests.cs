using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

public class SelectionRuleTests
{
    static readonly DateTimeOffset T0 = new(2018, 7, 1, 9, 0, 0, TimeSpan.FromHours(2));

    static SelectionCandidate Approved(string id, string municipality, int? score, int hour) =>
        Candidates.Of(id, municipality, ApplicationStatus.Approved, score, T0.AddHours(hour));

    static SelectionOutcome Of(IReadOnlyList<SelectionOutcome> outcomes, string id) =>
        Assert.Single(outcomes, o => o.ApplicationId == id);

    static string[] Ids(IReadOnlyList<SelectionOutcome> outcomes, ApplicationStatus outcome) =>
        outcomes.Where(o => o.Outcome == outcome).Select(o => o.ApplicationId).ToArray();

    [Fact]
    public void Selects_up_to_capacity_and_the_rest_is_reserve()
    {
        var candidates = new[]
        {
            Approved("A1", "Almere", 2, 1),
            Approved("A2", "Breda", 5, 2),
            Approved("A3", "Delft", 1, 3),
            Approved("A4", "Ede", 4, 4),
            Approved("A5", "Gouda", 3, 5),
        };

        var outcomes = SelectionRule.Select(candidates, capacity: 3, onePerMunicipality: true);

        Assert.Equal(["A2", "A4", "A5"], Ids(outcomes, ApplicationStatus.Selected));
        Assert.Equal(["A1", "A3"], Ids(outcomes, ApplicationStatus.Reserve));
        Assert.Equal("Geselecteerd: plaats 1 van 3 (score 5).", Of(outcomes, "A2").Reason);
        Assert.Equal("Geselecteerd: plaats 3 van 3 (score 3).", Of(outcomes, "A5").Reason);
        Assert.Equal("Reserve 1: alle 3 plaatsen zijn vergeven (score 2).", Of(outcomes, "A1").Reason);
        Assert.Equal("Reserve 2: alle 3 plaatsen zijn vergeven (score 1).", Of(outcomes, "A3").Reason);
        Assert.Equal(5, Of(outcomes, "A3").Rank);
    }

    [Fact]
    public void Capacity_zero_makes_every_approved_application_reserve()
    {
        var outcomes = SelectionRule.Select([Approved("A", "Utrecht", 4, 0), Approved("B", "Zwolle", 2, 1)], 0, true);

        Assert.Equal(["A", "B"], Ids(outcomes, ApplicationStatus.Reserve));
        Assert.Equal("Reserve 1: er zijn geen plaatsen te vergeven (score 4).", Of(outcomes, "A").Reason);
        Assert.Equal(1, Of(outcomes, "A").Rank);
        Assert.Equal(2, Of(outcomes, "B").Rank);
    }

    [Fact]
    public void Capacity_one_says_the_only_place_is_taken()
    {
        var outcomes = SelectionRule.Select([Approved("A", "Utrecht", 4, 0), Approved("B", "Zwolle", 4, 1)], 1, true);

        Assert.Equal("Geselecteerd: plaats 1 van 1 (score 4).", Of(outcomes, "A").Reason);
        Assert.Equal("Reserve 1: de enige plaats is vergeven (score 4).", Of(outcomes, "B").Reason);
    }

    [Fact]
    public void More_places_than_candidates_selects_them_all()
    {
        var outcomes = SelectionRule.Select([Approved("A", "Utrecht", 1, 0), Approved("B", "Zwolle", 2, 1)], 12, true);

        Assert.Equal(["B", "A"], Ids(outcomes, ApplicationStatus.Selected));
        Assert.Equal("Geselecteerd: plaats 2 van 12 (score 1).", Of(outcomes, "A").Reason);
    }

    [Fact]
    public void One_per_municipality_compares_the_municipality_as_the_list_resolves_it()
    {
        var candidates = new[]
        {
            Approved("U1", "Utrecht", 5, 0),
            Approved("U2", " gemeente  UTRECHT ", 5, 1),
            Approved("F1", "Súdwest-Fryslân", 4, 2),
            Approved("F2", "Sudwest–Fryslan", 5, 3),
            Approved("H1", "’s-Hertogenbosch", 3, 4),
            Approved("H2", "'s-Hertogenbosch", 3, 5),
            Approved("Z1", "Zwolle", 1, 6),
        };

        var outcomes = SelectionRule.Select(candidates, capacity: 12, onePerMunicipality: true);

        Assert.Equal(["U1", "F2", "H1", "Z1"], Ids(outcomes, ApplicationStatus.Selected));
        Assert.Equal(["U2", "F1", "H2"], Ids(outcomes, ApplicationStatus.NotSelected));
        Assert.Equal(
            "Niet geselecteerd: uit gemeente Utrecht is al een andere aanmelding geselecteerd (één wijk per gemeente).",
            Of(outcomes, "U2").Reason);
        Assert.Equal(
            "Niet geselecteerd: uit gemeente Súdwest-Fryslân is al een andere aanmelding geselecteerd (één wijk per gemeente).",
            Of(outcomes, "F1").Reason);
        Assert.Equal(3, Of(outcomes, "F2").Rank);
        Assert.Equal(4, Of(outcomes, "F1").Rank);
        Assert.Equal("Geselecteerd: plaats 2 van 12 (score 5).", Of(outcomes, "F2").Reason);
        Assert.Equal("Geselecteerd: plaats 3 van 12 (score 3).", Of(outcomes, "H1").Reason);
    }

    [Fact]
    public void Without_the_municipality_rule_two_from_one_municipality_may_be_selected()
    {
        var outcomes = SelectionRule.Select(
            [Approved("U1", "Utrecht", 5, 0), Approved("U2", "utrecht", 5, 1), Approved("Z", "Zwolle", 1, 2)],
            capacity: 2,
            onePerMunicipality: false);

        Assert.Equal(["U1", "U2"], Ids(outcomes, ApplicationStatus.Selected));
        Assert.Equal(["Z"], Ids(outcomes, ApplicationStatus.Reserve));
    }

    [Fact]
    public void Higher_score_goes_first_whatever_the_submission_time()
    {
        var outcomes = SelectionRule.Select(
            [Approved("early", "Almere", 2, 0), Approved("late", "Breda", 5, 100)],
            capacity: 1,
            onePerMunicipality: true);

        Assert.Equal(["late"], Ids(outcomes, ApplicationStatus.Selected));
        Assert.Equal(["early"], Ids(outcomes, ApplicationStatus.Reserve));
    }

    [Fact]
    public void No_score_counts_as_three()
    {
        var outcomes = SelectionRule.Select(
            [
                Approved("two", "Almere", 2, 0),
                Approved("none", "Breda", null, 2),
                Approved("three-early", "Delft", 3, 1),
                Approved("three-late", "Ede", 3, 3),
                Approved("four", "Gouda", 4, 4),
            ],
            capacity: 5,
            onePerMunicipality: true);

        Assert.Equal(["four", "three-early", "none", "three-late", "two"], outcomes.Select(o => o.ApplicationId));
        Assert.Equal("Geselecteerd: plaats 3 van 5 (geen score gegeven, telt als 3).", Of(outcomes, "none").Reason);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_submission_time_then_by_id_ordinally()
    {
        var sameTime = T0.AddHours(5);
        var outcomes = SelectionRule.Select(
            [
                new SelectionCandidate("b", "M1", ApplicationStatus.Approved, 4, sameTime),
                new SelectionCandidate("B", "M2", ApplicationStatus.Approved, 4, sameTime),
                new SelectionCandidate("a", "M3", ApplicationStatus.Approved, 4, sameTime),
                new SelectionCandidate("z", "M4", ApplicationStatus.Approved, 4, sameTime.AddSeconds(-1)),
                // The same instant in another offset is the same time.
                new SelectionCandidate("A", "M5", ApplicationStatus.Approved, 4, sameTime.ToOffset(TimeSpan.Zero)),
            ],
            capacity: 5,
            onePerMunicipality: true);

        Assert.Equal(["z", "A", "B", "a", "b"], outcomes.Select(o => o.ApplicationId));
        Assert.Equal([1, 2, 3, 4, 5], outcomes.Select(o => o.Rank!.Value));
    }

    [Fact]
    public void Reserves_are_numbered_in_order_and_a_selected_municipality_has_no_reserve()
    {
        var outcomes = SelectionRule.Select(
            [
                Approved("U1", "Utrecht", 5, 0),
                Approved("Z1", "Zwolle", 5, 1),
                Approved("U2", "Utrecht", 4, 2),
                Approved("A1", "Almere", 4, 3),
                Approved("A2", "almere", 3, 4),
                Approved("B1", "Breda", 2, 5),
            ],
            capacity: 2,
            onePerMunicipality: true);

        Assert.Equal(
            [
                ("U1", ApplicationStatus.Selected, 1),
                ("Z1", ApplicationStatus.Selected, 2),
                ("U2", ApplicationStatus.NotSelected, 3),
                ("A1", ApplicationStatus.Reserve, 4),
                ("A2", ApplicationStatus.Reserve, 5),
                ("B1", ApplicationStatus.Reserve, 6),
            ],
            outcomes.Select(o => (o.ApplicationId, o.Outcome, o.Rank!.Value)));
        Assert.Equal("Reserve 1: alle 2 plaatsen zijn vergeven (score 4).", Of(outcomes, "A1").Reason);
        Assert.Equal("Reserve 2: alle 2 plaatsen zijn vergeven (score 3).", Of(outcomes, "A2").Reason);
        Assert.Equal("Reserve 3: alle 2 plaatsen zijn vergeven (score 2).", Of(outcomes, "B1").Reason);
        Assert.StartsWith("Niet geselecteerd: uit gemeente Utrecht is al een andere aanmelding", Of(outcomes, "U2").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_undecided_and_withdrawn_are_not_candidates_and_come_last_by_time_then_id()
    {
        var outcomes = SelectionRule.Select(
            [
                new SelectionCandidate("W", "Utrecht", ApplicationStatus.Withdrawn, null, T0.AddHours(1)),
                new SelectionCandidate("R", "Utrecht", ApplicationStatus.Rejected, 5, T0),
                new SelectionCandidate("S2", "Zwolle", ApplicationStatus.Submitted, null, T0.AddHours(2)),
                new SelectionCandidate("S1", "Zwolle", ApplicationStatus.Submitted, null, T0.AddHours(2)),
                Approved("OK", "Utrecht", 1, 9),
            ],
            capacity: 12,
            onePerMunicipality: true);

        Assert.Equal(
            [
                new SelectionOutcome("OK", ApplicationStatus.Selected, 1, "Geselecteerd: plaats 1 van 12 (score 1)."),
                new SelectionOutcome("R", ApplicationStatus.NotSelected, null, "Afgewezen door de beoordelaars."),
                new SelectionOutcome("W", ApplicationStatus.Withdrawn, null, "Ingetrokken door de aanmelder."),
                new SelectionOutcome("S1", ApplicationStatus.NotSelected, null, "Niet beoordeeld vóór de selectie."),
                new SelectionOutcome("S2", ApplicationStatus.NotSelected, null, "Niet beoordeeld vóór de selectie."),
            ],
            outcomes);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Empty(SelectionRule.Select([], 12, true));
    }

    [Fact]
    public void Twelve_places_thirty_candidates_from_twenty_municipalities()
    {
        string[] municipalities =
        [
            "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
            "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaanstad",
            "'s-Hertogenbosch", "Zwolle", "Leeuwarden", "Súdwest-Fryslân",
        ];
        var candidates = new List<SelectionCandidate>();
        for (var i = 1; i <= 20; i++)
        {
            int? score = i <= 8 ? 5 : i <= 16 ? 4 : null;
            candidates.Add(Approved($"W{i:00}", municipalities[i - 1], score, i));
        }

        (string Municipality, int? Score)[] seconds =
        [
            ("gemeente Amsterdam", 5), ("ROTTERDAM", 4), ("den  haag", 4), ("Gemeente Breda", 4), ("nijmegen", 4),
            ("apeldoorn", 2), ("haarlem", 3), ("arnhem", null), ("enschede", 1), ("amersfoort", 5),
        ];
        for (var i = 0; i < seconds.Length; i++)
        {
            candidates.Add(Approved($"W{21 + i}", seconds[i].Municipality, seconds[i].Score, 21 + i));
        }

        var outcomes = SelectionRule.Select(candidates, capacity: 12, onePerMunicipality: true);

        const ApplicationStatus S = ApplicationStatus.Selected, R = ApplicationStatus.Reserve, N = ApplicationStatus.NotSelected;
        Assert.Equal(
            [
                ("W01", S), ("W02", S), ("W03", S), ("W04", S), ("W05", S), ("W06", S), ("W07", S), ("W08", S),
                ("W21", N), ("W30", S), ("W09", S), ("W10", S), ("W11", S),
                ("W12", R), ("W13", R), ("W14", R), ("W15", N), ("W16", R),
                ("W22", N), ("W23", N), ("W24", N), ("W25", N),
                ("W17", R), ("W18", R), ("W19", R), ("W20", R), ("W27", R), ("W28", R),
                ("W26", N), ("W29", R),
            ],
            outcomes.Select(o => (o.ApplicationId, o.Outcome)));
        Assert.Equal(Enumerable.Range(1, 30), outcomes.Select(o => o.Rank!.Value));
        Assert.Equal("Geselecteerd: plaats 9 van 12 (score 5).", Of(outcomes, "W30").Reason);
        Assert.Equal("Geselecteerd: plaats 12 van 12 (score 4).", Of(outcomes, "W11").Reason);
        Assert.Equal("Reserve 1: alle 12 plaatsen zijn vergeven (score 4).", Of(outcomes, "W12").Reason);
        Assert.Equal("Reserve 8: alle 12 plaatsen zijn vergeven (geen score gegeven, telt als 3).", Of(outcomes, "W20").Reason);
        Assert.Equal("Reserve 11: alle 12 plaatsen zijn vergeven (score 1).", Of(outcomes, "W29").Reason);
        Assert.Equal(
            "Niet geselecteerd: uit gemeente Amersfoort is al een andere aanmelding geselecteerd (één wijk per gemeente).",
            Of(outcomes, "W15").Reason);
        Assert.Equal(
            "Niet geselecteerd: uit gemeente Amsterdam is al een andere aanmelding geselecteerd (één wijk per gemeente).",
            Of(outcomes, "W21").Reason);
    }

    [Fact]
    public void Negative_capacity_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionRule.Select([Approved("A", "Utrecht", 3, 0)], -1, true));
    }

    [Fact]
    public void Duplicate_application_ids_throw()
    {
        var ex = Assert.Throws<ArgumentException>(() => SelectionRule.Select(
            [Approved("A", "Utrecht", 3, 0), new SelectionCandidate("A", "Zwolle", ApplicationStatus.Rejected, null, T0)],
            12,
            true));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Scores_outside_one_to_five_throw(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionRule.Select([Approved("A", "Utrecht", score, 0)], 12, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => SelectionRule.Select(
            [new SelectionCandidate("R", "Utrecht", ApplicationStatus.Rejected, score, T0)], 12, true));
    }

    [Theory]
    [InlineData(ApplicationStatus.Selected)]
    [InlineData(ApplicationStatus.Reserve)]
    [InlineData(ApplicationStatus.NotSelected)]
    [InlineData((ApplicationStatus)99)]
    public void Statuses_other_than_the_four_before_selection_throw(ApplicationStatus status)
    {
        Assert.Throws<ArgumentException>(() => SelectionRule.Select([new SelectionCandidate("A", "Utrecht", status, 3, T0)], 12, true));
    }

    [Fact]
    public void Null_input_throws()
    {
        Assert.Throws<ArgumentNullException>(() => SelectionRule.Select(null!, 12, true));
        Assert.Throws<ArgumentException>(() => SelectionRule.Select([null!], 12, true));
    }
}
