namespace Aanmelding.Core.Workflows;

/// <summary>
/// One bounded round of erasure: up to <see cref="Privacy.RetentionService.PageSize"/> applications of the call, either
/// the withdrawn ones due at <paramref name="CutoffUtc"/> (the workflow's clock) or, once the call is due, all that are left.
/// </summary>
public sealed record RetentionPage(string CallId, DateTime CutoffUtc, bool WithdrawnOnly);
