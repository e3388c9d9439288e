using Aanmelding.Contracts.Municipalities;
using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>Selection candidates as intake makes them: the municipality however it was written, resolved by the 2018 list to its code and name.</summary>
internal static class Candidates
{
    static readonly MunicipalityRegister Register = MunicipalityRegister.ForYear(2018);

    public static SelectionCandidate Of(string id, string municipality, ApplicationStatus status, int? score, DateTimeOffset submittedAt)
    {
        var found = Register.Resolve(municipality).Municipality ?? throw new ArgumentException($"'{municipality}' is no municipality of 2018.", nameof(municipality));
        return new SelectionCandidate(id, found.Code, status, score, submittedAt) { MunicipalityName = found.Name };
    }
}
