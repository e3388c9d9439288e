namespace Aanmelding.Contracts;

/// <summary>The 202 answer to a JSON submission.</summary>
public sealed record SubmissionAccepted(string Id, string Status, string StatusUrl);
