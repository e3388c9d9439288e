namespace Aanmelding.Core.Email;

/// <summary>What the coordinators are told when intake closes.</summary>
/// <param name="Received">All applications received, withdrawn ones included.</param>
/// <param name="Withdrawn">How many of those were withdrawn.</param>
/// <param name="Undecided">How many are still waiting for a coordinator's decision.</param>
/// <param name="PerMunicipality">Received applications per gemeente.</param>
public sealed record IntakeSummary(int Received, int Withdrawn, int Undecided, IReadOnlyList<MunicipalityCount> PerMunicipality);
