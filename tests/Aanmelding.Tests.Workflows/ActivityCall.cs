namespace Aanmelding.Tests.Workflows;

/// <summary>One call of a stand-in activity: which activity, with what input, and when it ran (UTC).</summary>
public sealed record ActivityCall(string Activity, string Input, DateTime AtUtc);
