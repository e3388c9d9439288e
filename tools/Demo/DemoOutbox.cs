using MimeKit;

namespace Aanmelding.Demo;

/// <summary>The .eml files LocalHost writes, read as the people in the demo would find them in their mailbox.</summary>
internal sealed class DemoOutbox(string folder, DateTime sinceUtc)
{
    public const string KindHeader = "X-Aanmelding-Kind";

    public string Folder { get; } = folder;

    /// <summary>The messages written since the demo started (the outbox may hold older ones from earlier runs).</summary>
    public IReadOnlyList<MimeMessage> Read()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal))
        {
            if (File.GetLastWriteTimeUtc(file) < sinceUtc)
            {
                continue;
            }

            using var stream = File.OpenRead(file);
            messages.Add(MimeMessage.Load(stream));
        }

        return messages;
    }

    public IReadOnlyList<MimeMessage> OfKind(string kind) => Read().Where(m => m.Headers[KindHeader] == kind).ToList();

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string kind, Func<MimeMessage, bool> predicate, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = OfKind(kind).Where(predicate).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new DemoException($"Er kwamen {found.Count} van de {count} verwachte e-mails ({kind}) binnen {timeout.TotalSeconds:0} seconden.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    public static string To(MimeMessage message) => string.Join(",", message.To.Mailboxes.Select(m => m.Address));
}
