using System.Globalization;

namespace Aanmelding.Core.Applications;

/// <summary>
/// The selection rule of DESIGN §4: pure and deterministic, every outcome with a reason in Dutch.
/// </summary>
/// <remarks>
/// <para>
/// The approved applications are ordered by score descending (1–5; none counts as 3), then by submission time
/// ascending, then by application id (ordinal) ascending. Walking that list, an application is
/// </para>
/// <list type="bullet">
/// <item><c>not-selected</c> when the one-per-municipality rule applies and its municipality
/// (<see cref="SelectionCandidate.Municipality"/>, the CBS code, compared as is) already has a selected application — also once the places are
/// full, because it could never move up while that one stays;</item>
/// <item><c>selected</c> while places remain;</item>
/// <item><c>reserve</c> once the places are full, numbered in walk order.</item>
/// </list>
/// <para>
/// Every approved application gets its 1-based position in the walk as <see cref="SelectionOutcome.Rank"/>.
/// Rejected and never decided applications are <c>not-selected</c> and withdrawn ones <c>withdrawn</c>,
/// all without a rank.
/// </para>
/// <para>
/// Order of the result: the approved applications in walk order first, then all others by submission time
/// ascending, then by application id (ordinal) ascending. The order of the input does not matter.
/// </para>
/// </remarks>
public static class SelectionRule
{
    /// <exception cref="ArgumentOutOfRangeException">capacity is negative, or a score lies outside 1–5.</exception>
    /// <exception cref="ArgumentException">an application id occurs twice, or a candidate is incomplete or has
    /// a status other than submitted, approved, rejected or withdrawn.</exception>
    public static IReadOnlyList<SelectionOutcome> Select(IEnumerable<SelectionCandidate> candidates, int capacity, bool onePerMunicipality)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);

        var all = candidates.ToList();
        Validate(all);

        var approved = all
            .Where(c => c.Status == ApplicationStatus.Approved)
            .OrderByDescending(c => c.Score ?? ScoreScale.Default)
            .ThenBy(c => c.SubmittedAt)
            .ThenBy(c => c.ApplicationId, StringComparer.Ordinal)
            .ToList();

        var outcomes = new List<SelectionOutcome>(all.Count);
        var selectedByMunicipality = new Dictionary<string, SelectionCandidate>(StringComparer.Ordinal);
        var selectedCount = 0;
        var reserveCount = 0;

        for (var i = 0; i < approved.Count; i++)
        {
            var candidate = approved[i];
            var rank = i + 1;
            var key = candidate.Municipality;

            if (onePerMunicipality && selectedByMunicipality.ContainsKey(key))
            {
                outcomes.Add(new SelectionOutcome(candidate.ApplicationId, ApplicationStatus.NotSelected, rank, Format(
                    $"Niet geselecteerd: uit gemeente {DisplayName(candidate.MunicipalityName ?? candidate.Municipality)} is al een andere aanmelding geselecteerd (één wijk per gemeente).")));
            }
            else if (selectedCount < capacity)
            {
                selectedCount++;
                selectedByMunicipality.TryAdd(key, candidate);
                outcomes.Add(new SelectionOutcome(candidate.ApplicationId, ApplicationStatus.Selected, rank, Format(
                    $"Geselecteerd: plaats {selectedCount} van {capacity} ({ScoreText(candidate.Score)}).")));
            }
            else
            {
                reserveCount++;
                outcomes.Add(new SelectionOutcome(candidate.ApplicationId, ApplicationStatus.Reserve, rank, Format(
                    $"Reserve {reserveCount}: {PlacesTaken(capacity)} ({ScoreText(candidate.Score)}).")));
            }
        }

        var others = all
            .Where(c => c.Status != ApplicationStatus.Approved)
            .OrderBy(c => c.SubmittedAt)
            .ThenBy(c => c.ApplicationId, StringComparer.Ordinal);

        foreach (var candidate in others)
        {
            outcomes.Add(candidate.Status switch
            {
                ApplicationStatus.Rejected => new SelectionOutcome(
                    candidate.ApplicationId, ApplicationStatus.NotSelected, null, "Afgewezen door de beoordelaars."),
                ApplicationStatus.Submitted => new SelectionOutcome(
                    candidate.ApplicationId, ApplicationStatus.NotSelected, null, "Niet beoordeeld vóór de selectie."),
                _ => new SelectionOutcome(
                    candidate.ApplicationId, ApplicationStatus.Withdrawn, null, "Ingetrokken door de aanmelder."),
            });
        }

        return outcomes.ToArray();
    }

    static void Validate(List<SelectionCandidate> candidates)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate is null)
            {
                throw new ArgumentException("A candidate is null.", nameof(candidates));
            }

            if (candidate.ApplicationId is null || string.IsNullOrEmpty(candidate.Municipality))
            {
                throw new ArgumentException("A candidate lacks its application id or municipality.", nameof(candidates));
            }

            if (!ids.Add(candidate.ApplicationId))
            {
                throw new ArgumentException($"Application id '{candidate.ApplicationId}' occurs more than once.", nameof(candidates));
            }

            if (candidate.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Approved
                or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn))
            {
                throw new ArgumentException(
                    $"Application '{candidate.ApplicationId}' has status '{Aanmelding.Contracts.WireName.Of(candidate.Status)}'; selection takes submitted, approved, rejected or withdrawn.",
                    nameof(candidates));
            }

            if (!ScoreScale.IsValid(candidate.Score))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(candidates),
                    candidate.Score,
                    $"Application '{candidate.ApplicationId}' has a score outside {ScoreScale.Min}–{ScoreScale.Max}.");
            }
        }
    }

    static string ScoreText(int? score) =>
        score is { } value ? Format($"score {value}") : Format($"geen score gegeven, telt als {ScoreScale.Default}");

    static string PlacesTaken(int capacity) => capacity switch
    {
        0 => "er zijn geen plaatsen te vergeven",
        1 => "de enige plaats is vergeven",
        _ => Format($"alle {capacity} plaatsen zijn vergeven"),
    };

    /// <summary>The municipality's name, tidied for a sentence that already says "gemeente".</summary>
    static string DisplayName(string municipality)
    {
        var tidy = string.Join(' ', municipality.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        const string prefix = "gemeente ";
        return tidy.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? tidy[prefix.Length..] : tidy;
    }

    static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
