using System.Security.Cryptography;
using System.Text;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Security;

/// <summary>
/// A coordinator's personal review link token. It names the coordinator by an opaque reference (no address in the link),
/// and its expiry, the review deadline when it was made, is a ceiling: a link also stops working once its coordinator is
/// no longer one of the call's, or once the review deadline as configured now has passed (<see cref="Admit"/>).
/// </summary>
public sealed class ReviewTokens(LinkSigner signer, TimeProvider time)
{
    public string Create(string applicationId, string coordinator, CallDefinition call) =>
        signer.Create(applicationId, ReferenceOf(call, coordinator), LinkPurpose.Review, call.ReviewDeadline);

    /// <summary>The signature and the token's own expiry; needs no lookup, so a wrong token costs no read.</summary>
    public TokenCheck Verify(string applicationId, string? token) =>
        signer.Verify(applicationId, token, LinkPurpose.Review);

    /// <summary>
    /// A verified token against the call as configured now: the coordinator it names, when that is still one of the
    /// call's (state Valid), Expired once the call's review deadline has passed, Invalid for anyone else.
    /// </summary>
    public TokenCheck Admit(TokenCheck verified, CallDefinition call)
    {
        if (!verified.IsValid || verified.Recipient is null)
        {
            return verified;
        }

        var coordinator = FindCoordinator(call, verified.Recipient);
        if (coordinator is null)
        {
            return new TokenCheck(TokenState.Invalid, null, null);
        }

        return time.GetUtcNow() > call.ReviewDeadline
            ? new TokenCheck(TokenState.Expired, coordinator, call.ReviewDeadline)
            : verified with { Recipient = coordinator };
    }

    string? FindCoordinator(CallDefinition call, string reference)
    {
        // Every coordinator is compared, in fixed time, so the answer takes as long whoever is asked for.
        var presented = Encoding.UTF8.GetBytes(reference);
        string? found = null;
        foreach (var coordinator in call.Coordinators)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(ReferenceOf(call, coordinator)), presented))
            {
                found ??= coordinator;
            }
        }

        return found;
    }

    // The call is part of the reference: the same person coordinating two calls has two references.
    string ReferenceOf(CallDefinition call, string coordinator) =>
        signer.Reference($"coordinator\n{call.Id}\n{coordinator.Trim().ToLowerInvariant()}");
}
