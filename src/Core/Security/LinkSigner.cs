using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aanmelding.Core.Security;

/// <summary>
/// HMAC-SHA256 link tokens over (application id, recipient, purpose, expiry) (DESIGN §9). The token carries the
/// recipient and expiry so that no lookup is needed; the signature makes them tamper-proof and is compared in
/// fixed time. The recipient is an opaque reference (<see cref="Reference"/>) or a fixed word, never personal data: a
/// forwarded link must not give anyone's address away. Only the one canonical spelling of a token is accepted (no
/// padding, no whitespace, no other base64 alphabet, no leading zeros), so a token is a single string to compare, log
/// or revoke, not a family of strings.
/// </summary>
public sealed class LinkSigner(LinkSigningKey key, TimeProvider time)
{
    const char Separator = '\n';
    const int ReferenceBytes = 16;

    public string Create(string applicationId, string recipient, string purpose, DateTimeOffset expires)
    {
        if (recipient.Contains(Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException("A token's recipient is one line.", nameof(recipient));
        }

        var expiry = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(recipient + Separator + expiry));
        var signature = Base64Url.EncodeToString(Sign(applicationId, recipient, purpose, expiry));
        return payload + "." + signature;
    }

    /// <summary>
    /// A keyed, opaque stand-in for <paramref name="value"/> (e.g. a coordinator's address) to carry in a token: the
    /// same value gives the same reference, and without the key nobody can tell which value it stands for.
    /// </summary>
    public string Reference(string value) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes("reference" + Separator + value)).AsSpan(0, ReferenceBytes));

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

        if (!TryDecodeCanonical(token.AsSpan(0, dot), out var payloadBytes) || !TryDecodeCanonical(token.AsSpan(dot + 1), out var signature))
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
        if (parts.Length != 2
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || unix.ToString(CultureInfo.InvariantCulture) != parts[1])
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

    /// <summary>Decodes base64url and accepts it only when encoding the bytes again gives exactly the same characters.</summary>
    static bool TryDecodeCanonical(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty)
        {
            return false;
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        return text.SequenceEqual(Base64Url.EncodeToString(bytes));
    }

    byte[] Sign(string applicationId, string recipient, string purpose, string expiry)
    {
        var message = string.Join(Separator, "v2", applicationId, recipient, purpose, expiry);
        return HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(message));
    }
}
