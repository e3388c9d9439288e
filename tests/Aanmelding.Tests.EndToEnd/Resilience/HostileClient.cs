using System.Net.Sockets;
using System.Text;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Sends requests as HttpClient would, or as raw bytes over a socket for what HttpClient refuses to send
/// (line breaks in headers, lying lengths, smuggling attempts).
/// </summary>
public sealed class HostileClient(HttpClient client, int port)
{
    public async Task<HostileAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            return new HostileAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
        }
    }

    /// <summary>
    /// Sends <paramref name="head"/> (request line and headers, without Host and Connection, lines ending in CRLF) and
    /// <paramref name="body"/>; with <paramref name="endEarly"/> the socket's sending side is closed right after,
    /// as a client that gives up half-way does.
    /// </summary>
    public async Task<HostileAnswer> SendRawAsync(string head, byte[]? body = null, bool endEarly = false)
    {
        var lines = head.Split("\r\n", 2);
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.Latin1.GetBytes($"{lines[0]}\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{(lines.Length > 1 ? lines[1] : "")}\r\n"));
        bytes.AddRange(body ?? []);

        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", port);
        var stream = socket.GetStream();
        await stream.WriteAsync(bytes.ToArray());
        if (endEarly)
        {
            socket.Client.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // The server closed the connection hard after answering (e.g. a rejected request): keep what came.
        }

        return Parse(received.ToArray());
    }

    static HostileAnswer Parse(byte[] raw)
    {
        if (raw.Length == 0)
        {
            // The server dropped the connection without a word (e.g. the client closed its side mid-request).
            return new HostileAnswer(0, null, "");
        }

        var end = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.Latin1.GetString(raw, 0, Math.Max(end, 0));
        if (!head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || end < 0)
        {
            throw new InvalidOperationException($"No HTTP answer: '{Encoding.Latin1.GetString(raw)}'");
        }

        var headers = head.Split("\r\n");
        var status = int.Parse(headers[0].AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        string? Header(string name) => headers.Skip(1)
            .Select(h => h.Split(':', 2))
            .Where(h => h.Length == 2 && h[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h[1].Trim())
            .FirstOrDefault();

        var body = raw[(end + 4)..];
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }

        return new HostileAnswer(status, Header("Content-Type"), Encoding.UTF8.GetString(body));
    }

    static byte[] Dechunk(byte[] chunked)
    {
        var result = new MemoryStream();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            var start = position + lineEnd + 2;
            result.Write(chunked, start, Math.Min(size, chunked.Length - start));
            position = start + size + 2;
        }

        return result.ToArray();
    }
}
