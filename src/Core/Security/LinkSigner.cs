using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aanmelding.Core.Security;

/// <summary>
/// HMAC-SHA256 link tokens over (application id, recipient, purpose, expiry) (DESIGN §9). The token carries the
/// recipient and expiry so that no lookup is needed; the signature makes them tamper-proof and is compared in
/// fixed time.
/// </summary>
public sealed class LinkSigner(LinkSigningKey key, TimeProvider time)
{
    const char Separator = '\n';

    public string Create(string applicationId, string recipient, string purpose, DateTimeOffset expires)
    {
        var expiry = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(recipient + Separator + expiry));
        var signature = Base64Url.EncodeToString(Sign(applicationId, recipient, purpose, expiry));
        return payload + "." + signature;
    }

    public TokenCheck Verify(string applicationId, string? token, string purpose)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new TokenCheck(TokenState.Missing, null, null);
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 2048)
        {
            return Invalid;
        }

        byte[] payloadBytes, signature;
        try
        {
            payloadBytes = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return Invalid;
        }

        string payload;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(payloadBytes);
        }
        catch (DecoderFallbackException)
        {
            return Invalid;
        }

        var parts = payload.Split(Separator);
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return Invalid;
        }

        var expected = Sign(applicationId, parts[0], purpose, parts[1]);
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return Invalid;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unix, 0, 253402300799));
        return time.GetUtcNow() > expires
            ? new TokenCheck(TokenState.Expired, parts[0], expires)
            : new TokenCheck(TokenState.Valid, parts[0], expires);
    }

    static TokenCheck Invalid => new(TokenState.Invalid, null, null);

    byte[] Sign(string applicationId, string recipient, string purpose, string expiry)
    {
        var message = string.Join(Separator, "v1", applicationId, recipient, purpose, expiry);
        return HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(message));
    }
}
