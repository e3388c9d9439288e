using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Security;

/// <summary>A coordinator's personal review link token: names the coordinator, valid until the review deadline.</summary>
public sealed class ReviewTokens(LinkSigner signer)
{
    public string Create(string applicationId, string coordinator, CallDefinition call) =>
        signer.Create(applicationId, coordinator, LinkPurpose.Review, call.ReviewDeadline);

    public TokenCheck Verify(string applicationId, string? token) =>
        signer.Verify(applicationId, token, LinkPurpose.Review);
}
