using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;

namespace Aanmelding.Core.Office;

/// <summary>
/// The signed values behind the office pages, all HMAC-SHA256 under keys derived from <c>Links:SigningKey</c> (one
/// per use, so a value made for one use is worthless for another), stateless so any instance can check them:
/// <list type="bullet">
/// <item>the e-mailed sign-in link: the coordinator as an opaque reference (no address in the link), its expiry and
/// a random link id (used once, <see cref="Storage.SignInLinkStore"/>);</item>
/// <item>the session cookie: the same reference, the session's expiry and a random session id;</item>
/// <item>the forms' token against cross-site requests: the session id signed, so it holds only with that session's cookie.</item>
/// </list>
/// The reference is resolved against the call's coordinators at every use, so a removed coordinator's link and
/// session stop working at once.
/// </summary>
public sealed class OfficeTokens(LinkSigningKey key, TimeProvider time)
{
    const char Separator = '\n';

    /// <summary>How long an e-mailed sign-in link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(30);

    /// <summary>How long a session lasts before the coordinator signs in again.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    readonly byte[] linkKey = Derive(key, "office-sign-in-link");
    readonly byte[] sessionKey = Derive(key, "office-session");
    readonly byte[] formKey = Derive(key, "office-form");
    readonly byte[] referenceKey = Derive(key, "office-coordinator");

    /// <summary>An opaque, stable reference to a coordinator of a call (the address compared without case).</summary>
    public string CoordinatorReference(string callId, string coordinator) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(referenceKey, Encoding.UTF8.GetBytes(callId + Separator + coordinator.Trim().ToUpperInvariant())).AsSpan(0, 16));

    /// <summary>The configured coordinator the reference names, or null (also once that coordinator was removed).</summary>
    public string? ResolveCoordinator(CallDefinition call, string reference) =>
        call.Coordinators.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(CoordinatorReference(call.Id, c)), Encoding.ASCII.GetBytes(reference)));

    public string CreateLink(CallDefinition call, string coordinatorReference, string linkId) =>
        Sign(linkKey, call.Id, coordinatorReference, time.GetUtcNow() + LinkLifetime, linkId);

    public SignInCheck CheckLink(CallDefinition call, string? token)
    {
        if (Read(linkKey, call.Id, token) is not var (reference, expires, linkId) || ResolveCoordinator(call, reference) is not { } coordinator)
        {
            return new SignInCheck(SignInLinkState.Invalid);
        }

        return time.GetUtcNow() > expires
            ? new SignInCheck(SignInLinkState.Expired)
            : new SignInCheck(SignInLinkState.Valid, coordinator, linkId, expires);
    }

    /// <summary>A new session for the coordinator, and its cookie value.</summary>
    public (OfficeSession Session, string Cookie) CreateSession(CallDefinition call, string coordinator)
    {
        var session = new OfficeSession(call.Id, coordinator, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), time.GetUtcNow() + SessionLifetime);
        return (session, Sign(sessionKey, call.Id, CoordinatorReference(call.Id, coordinator), session.Expires, session.SessionId));
    }

    /// <summary>The session a cookie value holds for this call, or null (missing, tampered, expired, another call, coordinator removed).</summary>
    public OfficeSession? ReadSession(CallDefinition call, string? cookie)
    {
        if (Read(sessionKey, call.Id, cookie) is not var (reference, expires, sessionId) || time.GetUtcNow() > expires
            || ResolveCoordinator(call, reference) is not { } coordinator)
        {
            return null;
        }

        return new OfficeSession(call.Id, coordinator, sessionId, expires);
    }

    /// <summary>The hidden field of every office form that changes something: valid only with its own session's cookie.</summary>
    public string FormToken(OfficeSession session) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(formKey, Encoding.UTF8.GetBytes(session.CallId + Separator + session.SessionId)));

    public bool IsFormTokenValid(OfficeSession session, string? presented) =>
        presented is { Length: > 0 and < 100 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(FormToken(session)), Encoding.UTF8.GetBytes(presented));

    static byte[] Derive(LinkSigningKey key, string purpose) => HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(purpose));

    static string Sign(byte[] signingKey, string callId, string reference, DateTimeOffset expires, string nonce)
    {
        var payload = string.Join(Separator, reference, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url.EncodeToString(Mac(signingKey, callId, payload));
    }

    /// <summary>The reference, expiry and nonce of a value signed for this call, or null. Only the canonical form counts.</summary>
    static (string Reference, DateTimeOffset Expires, string Nonce)? Read(byte[] signingKey, string callId, string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 512)
        {
            return null;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        string payload;
        byte[] signature;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(value.AsSpan(0, dot)));
            signature = Base64Url.DecodeFromChars(value.AsSpan(dot + 1));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }

        // A value that decodes but is not written the way Sign writes it (padding, stray characters) is refused.
        var parts = payload.Split(Separator);
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || !CryptographicOperations.FixedTimeEquals(Mac(signingKey, callId, payload), signature)
            || Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url.EncodeToString(signature) != value)
        {
            return null;
        }

        return (parts[0], DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unix, 0, 253402300799)), parts[2]);
    }

    static byte[] Mac(byte[] signingKey, string callId, string payload) =>
        HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes("v1" + Separator + callId + Separator + payload));
}
