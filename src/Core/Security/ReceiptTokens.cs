using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Security;

/// <summary>The applicant's receipt link token: valid for a year after the review deadline.</summary>
public sealed class ReceiptTokens(LinkSigner signer)
{
    public const string Recipient = "applicant";

    public string Create(string applicationId, CallDefinition call) =>
        signer.Create(applicationId, Recipient, LinkPurpose.Receipt, call.ReviewDeadline.AddDays(365));

    public TokenCheck Verify(string applicationId, string? token) =>
        signer.Verify(applicationId, token, LinkPurpose.Receipt);
}
