namespace Aanmelding.Core.Intake;

/// <summary>
/// Which application's link to send again (<c>POST /api/calls/{callId}/receipt-link</c>, JSON or the form's hidden
/// fields): the organisation, municipality (code, official name or alias) and wijk, as for the duplicate rule.
/// </summary>
public sealed record ReceiptLinkQuery
{
    public string? Organisation { get; init; }
    public string? Municipality { get; init; }
    public string? Neighbourhood { get; init; }
}
