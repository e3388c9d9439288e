using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace Aanmelding.Bench;

/// <summary>
/// Watches LocalHost's outbox folder. The outbox names each file <c>{time}-{kind}-{hash}.eml</c>, so counting a kind
/// needs no parsing; only review requests are opened, for their links.
/// </summary>
public sealed partial class OutboxWatch(string folder)
{
    public int Count(string kind) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, $"*-{kind}-*.eml").Count() : 0;

    /// <summary>Waits until at least <paramref name="target"/> messages of the kind are there; returns when that was reached.</summary>
    public async Task<TimeSpan> WaitForAsync(string kind, int target, Stopwatch clock, TimeSpan timeout)
    {
        var deadline = clock.Elapsed + timeout;
        while (Count(kind) < target)
        {
            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"Only {Count(kind)} of {target} '{kind}' e-mails after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }

        return clock.Elapsed;
    }

    /// <summary>The review link token per application id, from every review request in the outbox.</summary>
    public Dictionary<string, string> ReviewTokens()
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*-review-request-*.eml"))
        {
            var text = MimeMessage.Load(file).TextBody ?? "";
            foreach (Match match in ReviewLink().Matches(text))
            {
                tokens[match.Groups["id"].Value] = Uri.UnescapeDataString(match.Groups["token"].Value);
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"/review/(?<id>[0-9A-Z]{12})\?token=(?<token>[^\s<>""]+)")]
    private static partial Regex ReviewLink();
}
