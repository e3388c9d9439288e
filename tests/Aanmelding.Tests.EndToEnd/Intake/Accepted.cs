namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>An accepted submission: its reference, the receipt token and the status URL the API answered with.</summary>
public sealed record Accepted(string Id, string Token, Uri StatusUrl);
