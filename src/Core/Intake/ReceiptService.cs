using Aanmelding.Core.Applications;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Opens an application through the applicant's receipt link. A missing or wrong token is answered exactly like an
/// unknown id, so ids cannot be probed.
/// </summary>
public sealed class ReceiptService(ReceiptTokens tokens, ApplicationLookup lookup)
{
    public async Task<ReceiptResult> OpenAsync(string id, string? token, CancellationToken cancellationToken)
    {
        if (!ApplicationReference.IsWellFormed(id))
        {
            return new ReceiptResult(TokenState.Invalid);
        }

        // Check the signature before touching storage: a wrong token costs no read and reveals nothing.
        var check = tokens.Verify(id, token);
        if (!check.IsValid)
        {
            return new ReceiptResult(check.State);
        }

        var found = await lookup.FindAsync(id, cancellationToken);
        return new ReceiptResult(TokenState.Valid, found?.Application, found?.Call);
    }
}
