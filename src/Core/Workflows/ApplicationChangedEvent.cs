namespace Aanmelding.Core.Workflows;

/// <summary>The applicant changed the application to <paramref name="Version"/>: an id-free payload, no personal data.</summary>
public sealed record ApplicationChangedEvent(int Version);
