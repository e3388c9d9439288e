using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Web;

/// <summary>Reads a request body up to the limit, so an oversized body is refused without being buffered whole.</summary>
public static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync(request, MaxBytes, cancellationToken);

    /// <summary>
    /// The body's bytes, or null when it is larger than <paramref name="maxBytes"/>. A limit above the server's own
    /// (Kestrel's 30 MB, in both hosts) raises the server's for this request.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            await DrainAsync(request, cancellationToken);
            return null;
        }

        RaiseServerLimit(request, maxBytes);

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await DrainAsync(request, cancellationToken);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads what is left of a body we refuse, up to <see cref="DrainBytes"/>, and throws it away: the Functions host
    /// forwards the request to the worker, and answers 500 instead of our 413 when the worker answers while the host
    /// is still sending the body. Kestrel alone would cope, but one way for both hosts is simpler. A body beyond the
    /// cap is left to the server, which closes the connection.
    /// </summary>
    static async Task DrainAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        RaiseServerLimit(request, DrainBytes);
        var chunk = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while (total < DrainBytes && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                total += read;
            }
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            // The server's own limit, or a client that gave up: nothing left to read either way.
        }
    }

    /// <summary>The most of a refused body read and thrown away: the Functions host's own limit is 100 MB.</summary>
    const int DrainBytes = 110 * 1024 * 1024;

    /// <summary>A limit above the server's own (Kestrel's 30 MB, in both hosts) raises the server's for this request.</summary>
    static void RaiseServerLimit(HttpRequest request, long maxBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit
            && serverLimit.MaxRequestBodySize < maxBytes)
        {
            serverLimit.MaxRequestBodySize = maxBytes;
        }
    }

    /// <summary>
    /// The body without a leading UTF-8 byte order mark, which some editors and scripts write and RFC 8259 lets a
    /// parser ignore; System.Text.Json would otherwise call the whole body invalid.
    /// </summary>
    public static ReadOnlySpan<byte> WithoutBom(byte[] body) =>
        body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body.AsSpan(3) : body;

    /// <summary>The fields of a posted form (<c>application/x-www-form-urlencoded</c>); false when the body is not valid UTF-8.</summary>
    public static bool TryParseForm(byte[] body, out Dictionary<string, StringValues> fields)
    {
        try
        {
            fields = QueryHelpers.ParseQuery(new UTF8Encoding(false, true).GetString(body));
            return true;
        }
        catch (DecoderFallbackException)
        {
            fields = [];
            return false;
        }
    }

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    public static bool IsMultipartForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static bool IsForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
