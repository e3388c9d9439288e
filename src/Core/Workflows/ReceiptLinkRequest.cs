namespace Aanmelding.Core.Workflows;

/// <summary>
/// A request to send receipt links again: its own id, the call, and either the row of the claim that names the
/// application (a hash; no organisation or wijk as typed) or a keyed reference of the contact address typed on the
/// "Stuur mijn link opnieuw" page (never the address itself: the request is kept in the task hub).
/// </summary>
public sealed record ReceiptLinkRequest(string RequestId, string CallId, string? ClaimRow, string? AddressReference = null);
