using MimeKit;

namespace Aanmelding.Tests.Support;

/// <summary>Reads the .eml files LocalHost wrote, as a person would find them in their mailbox.</summary>
public static class Outbox
{
    public static IReadOnlyList<MimeMessage> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            messages.Add(MimeMessage.Load(stream));
        }

        return messages;
    }

    /// <summary>Waits until the outbox holds messages matching the predicate (at least <paramref name="count"/>).</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string folder, Func<MimeMessage, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var matching = Read(folder).Where(predicate).ToList();
            if (matching.Count >= count || DateTime.UtcNow > deadline)
            {
                return matching;
            }

            await Task.Delay(250);
        }
    }

    public static string To(MimeMessage message) => string.Join(",", message.To.Mailboxes.Select(m => m.Address));

    /// <summary>All http(s) links in a message's text part.</summary>
    public static IReadOnlyList<string> Links(MimeMessage message) =>
        System.Text.RegularExpressions.Regex.Matches(message.TextBody ?? "", @"https?://[^\s<>""]+")
            .Select(m => m.Value.TrimEnd('.', ',', ')'))
            .ToList();
}
