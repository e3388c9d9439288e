using System.Globalization;
using System.Net;

namespace Aanmelding.Tests.EndToEnd.LocalExposure;

/// <summary>The TCP sockets a process listens on, read from Linux's /proc (its file descriptors and the kernel's socket tables).</summary>
public static class ListeningSockets
{
    public static IReadOnlyList<IPEndPoint> Of(int processId)
    {
        // The process's sockets are its file descriptors that link to socket:[inode].
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFiles($"/proc/{processId}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target["socket:[".Length..^1]);
            }
        }

        var endpoints = new List<IPEndPoint>();
        foreach (var (table, ipv6) in new[] { ("/proc/net/tcp", false), ("/proc/net/tcp6", true) })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

                // Column 3 is the state (0A: listening), column 9 the inode.
                if (columns[3] == "0A" && inodes.Contains(columns[9]))
                {
                    endpoints.Add(Parse(columns[1], ipv6));
                }
            }
        }

        return endpoints;
    }

    /// <summary>"0100007F:1F90" is 127.0.0.1:8080: the address in 32-bit words, each in host (little-endian) order.</summary>
    static IPEndPoint Parse(string local, bool ipv6)
    {
        var (address, port) = (local.Split(':')[0], local.Split(':')[1]);
        var bytes = Convert.FromHexString(address);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPEndPoint(new IPAddress(ipv6 ? bytes : bytes[..4]), int.Parse(port, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
