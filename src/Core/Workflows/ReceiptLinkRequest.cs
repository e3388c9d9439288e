namespace Aanmelding.Core.Workflows;

/// <summary>
/// A request to send an application's receipt link again: its own id, the call, and the row of the claim that names
/// the application (a hash; no organisation or wijk as typed).
/// </summary>
public sealed record ReceiptLinkRequest(string RequestId, string CallId, string ClaimRow);
