using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>A generated selection problem; printed readably when a property fails.</summary>
internal sealed record SelectionInput(IReadOnlyList<SelectionCandidate> Candidates, int Capacity, bool OnePerMunicipality)
{
    public override string ToString() =>
        $"capacity {Capacity}, onePerMunicipality {OnePerMunicipality}, candidates:{Environment.NewLine}"
        + string.Join(Environment.NewLine, Candidates.Select(c =>
            $"  {c.ApplicationId} '{c.Municipality}' {c.Status} score {c.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} at {c.SubmittedAt:O}"));
}
