using System.Buffers.Text;
using System.Text;
using Aanmelding.Core.Security;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>Tokens a coordinator could not get from an e-mail: altered by hand, or signed with the host's own key but already expired.</summary>
public static class ReviewTokens
{
    /// <summary>The token with its recipient replaced and its signature kept: someone trying to decide in another coordinator's name.</summary>
    public static string WithRecipient(string token, string recipient)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, dot)));
        var expiry = payload[(payload.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(recipient + "\n" + expiry)) + token[dot..];
    }

    /// <summary>A genuine review token, signed with the host's generated key, that expired a minute ago.</summary>
    public static string Expired(AppHost host, string applicationId, string coordinator)
    {
        var signer = new LinkSigner(new LinkSigningKey(host.SigningKey), TimeProvider.System);
        return signer.Create(applicationId, coordinator, LinkPurpose.Review, DateTimeOffset.UtcNow.AddMinutes(-1));
    }
}
