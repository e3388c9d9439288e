using System.Text.RegularExpressions;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Aanmelding.Tests.Unit.Email;

public sealed partial class OutboxEmailSenderTests : IDisposable
{
    readonly TempFolder folder = new();
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2018, 7, 2, 8, 30, 0, TimeSpan.Zero));

    public void Dispose() => folder.Dispose();

    OutboxEmailSender Sender(ListLogger<OutboxEmailSender>? logger = null, string fromName = "Aanmelding Platform31") => new(
        Options.Create(new EmailOptions { OutboxPath = folder.Path, From = "aanmelding@example.org", FromName = fromName }),
        clock,
        (Microsoft.Extensions.Logging.ILogger<OutboxEmailSender>?)logger ?? NullLogger<OutboxEmailSender>.Instance);

    async Task<(string Path, MimeMessage Message)> SendAndLoad(EmailMessage message, OutboxEmailSender? sender = null)
    {
        var delivery = await (sender ?? Sender()).SendAsync(message, CancellationToken.None);
        Assert.True(delivery.Delivered);
        var path = Assert.Single(Directory.GetFiles(folder.Path));
        return (path, await MimeMessage.LoadAsync(path));
    }

    [Fact]
    public async Task A_message_sent_again_under_the_same_key_is_not_written_twice()
    {
        // A crash after the file was written but before the sent-marker was recorded makes the activity send again.
        var message = EmailTemplates.FinalSummary(EmailTestData.Call(), "coordinator@example.org", 12, 3, 7, [], "https://example.org/admin")
            with { IdempotencyKey = "kwetsbare-wijken-2018:final-summary:abc" };
        var sender = Sender();

        Assert.True((await sender.SendAsync(message, CancellationToken.None)).Delivered);
        Assert.True((await sender.SendAsync(message, CancellationToken.None)).Delivered);
        Assert.True((await sender.SendAsync(message with { IdempotencyKey = "kwetsbare-wijken-2018:final-summary:def" }, CancellationToken.None)).Delivered);

        Assert.Equal(2, Directory.GetFiles(folder.Path, "*.eml").Length);
    }

    [Fact]
    public async Task Writes_a_parseable_eml_with_text_html_and_attachment()
    {
        var csv = Encoding.UTF8.GetBytes("rang;kenmerk\n1;a1b2c3d4\n");
        var message = EmailTemplates.FinalSummary(EmailTestData.Call(), "coordinator@example.org", 12, 3, 7, csv, "https://example.org/api/x?a=1&b=2");

        var (path, mime) = await SendAndLoad(message);

        Assert.Matches(FileNamePattern(), System.IO.Path.GetFileName(path));
        Assert.Contains("-final-summary-", System.IO.Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Equal("coordinator@example.org", Assert.Single(mime.To.Mailboxes).Address);
        var from = Assert.Single(mime.From.Mailboxes);
        Assert.Equal("aanmelding@example.org", from.Address);
        Assert.Equal("Aanmelding Platform31", from.Name);
        Assert.Equal("kwetsbare-wijken@platform31.example", Assert.Single(mime.ReplyTo.Mailboxes).Address);
        Assert.Equal(message.Subject, mime.Subject);
        Assert.Equal("final-summary", mime.Headers["X-Aanmelding-Kind"]);

        var mixed = Assert.IsType<Multipart>(mime.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(2, alternative.Count);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        Assert.Equal("text/html", alternative[1].ContentType.MimeType);
        Assert.Equal(message.TextBody.ReplaceLineEndings(), mime.TextBody!.ReplaceLineEndings());
        Assert.Contains("<html lang=\"nl\">", mime.HtmlBody!, StringComparison.Ordinal);

        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(mime.Attachments));
        Assert.Equal("selectie-kwetsbare-wijken-2018.csv", attachment.FileName);
        Assert.Equal("text/csv", attachment.ContentType.MimeType);
        Assert.Equal("utf-8", attachment.ContentType.Charset);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(csv, content.ToArray());
    }

    [Fact]
    public async Task Without_attachments_the_body_is_multipart_alternative()
    {
        var message = EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), "https://example.org/r?t=1");

        var (_, mime) = await SendAndLoad(message);

        var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal(2, alternative.Count);
        Assert.True(string.IsNullOrEmpty(Assert.Single(mime.To.Mailboxes).Name));
        Assert.Contains("Hartelijk dank", mime.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Line_breaks_in_a_name_or_subject_never_make_a_header()
    {
        const string injection = "\r\nBcc: victim@example.org\r\nX-Injected: yes";
        var app = EmailTestData.Application() with
        {
            Form = EmailTestData.Application().Form with
            {
                Organisation = $"Woonstichting{injection}",
                Contact = new ContactDetails { Name = $"Jan{injection}", Email = "contact@example.org" },
            },
        };
        var review = EmailTemplates.ReviewRequest(EmailTestData.Call(), app, "coordinator@example.org", "https://example.org/r?t=1", DateTimeOffset.UtcNow);
        var acknowledgement = EmailTemplates.Acknowledgement(EmailTestData.Call(), app, "https://example.org/r?t=1");
        var sender = Sender(fromName: $"Aanmelding{injection}");

        foreach (var message in new[] { review, acknowledgement, review with { Subject = $"Onderwerp{injection}" } })
        {
            foreach (var file in Directory.GetFiles(folder.Path))
            {
                File.Delete(file);
            }

            var (path, mime) = await SendAndLoad(message, sender);

            Assert.Empty(mime.Bcc);
            Assert.Single(mime.To.Mailboxes);
            Assert.Equal(message.To, mime.To.Mailboxes.Single().Address);
            Assert.DoesNotContain(mime.Headers, header => header.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(mime.Headers, header => header.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain('\n', mime.Subject!);
            Assert.DoesNotContain('\r', mime.Subject!);
            Assert.DoesNotContain('\n', mime.From.Mailboxes.Single().Name!);

            // Nothing in the raw header block starts a line with an injected field.
            var raw = await File.ReadAllTextAsync(path);
            Assert.Contains("\r\n\r\n", raw, StringComparison.Ordinal);
            var headerBlock = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
            Assert.DoesNotMatch(new Regex("^(Bcc|X-Injected):", RegexOptions.Multiline | RegexOptions.IgnoreCase), headerBlock);
        }
    }

    [Fact]
    public async Task Files_are_named_by_time_kind_and_hash_and_sort_by_time()
    {
        var sender = Sender();
        var first = EmailTemplates.WithdrawalNotice(EmailTestData.Call(), EmailTestData.Application(), "a@example.org");
        await sender.SendAsync(first, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(5));
        await sender.SendAsync(first with { To = "b@example.org" }, CancellationToken.None);

        var names = Directory.GetFiles(folder.Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.Matches(FileNamePattern(), name!));
        Assert.All(names, name => Assert.Contains("-withdrawal-notice-", name!, StringComparison.Ordinal));
        var (oldest, newest) = (await MimeMessage.LoadAsync(System.IO.Path.Combine(folder.Path, names[0]!)), await MimeMessage.LoadAsync(System.IO.Path.Combine(folder.Path, names[1]!)));
        Assert.Equal("a@example.org", oldest.To.Mailboxes.Single().Address);
        Assert.Equal("b@example.org", newest.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Leaves_no_temporary_files_and_logs_no_address()
    {
        var logger = new ListLogger<OutboxEmailSender>();
        var message = EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), "https://example.org/r?t=1");

        await Sender(logger).SendAsync(message, CancellationToken.None);

        Assert.Single(Directory.GetFiles(folder.Path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, line =>
        {
            Assert.DoesNotContain("@", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Jan de Vries", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_invalid_recipient_is_a_permanent_failure()
    {
        var message = new EmailMessage("not an address", "Onderwerp", "tekst", "<p>html</p>") { Kind = "test" };

        var delivery = await Sender().SendAsync(message, CancellationToken.None);

        Assert.False(delivery.Delivered);
        Assert.True(delivery.Permanent);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Creates_the_outbox_folder_when_missing()
    {
        var nested = System.IO.Path.Combine(folder.Path, "nested", "outbox");
        var sender = new OutboxEmailSender(
            Options.Create(new EmailOptions { OutboxPath = nested }), clock, NullLogger<OutboxEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("a@example.org", "Onderwerp", "tekst", "<p>html</p>") { Kind = "test" }, CancellationToken.None);

        Assert.Single(Directory.GetFiles(nested, "*-test-*.eml"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_folder_and_every_message_are_the_owners_only_even_a_folder_that_was_open_to_others()
    {
        var outbox = System.IO.Path.Combine(folder.Path, "outbox");
        Directory.CreateDirectory(outbox);
        File.SetUnixFileMode(outbox, (UnixFileMode)0b111_111_111);
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxPath = outbox }), clock, NullLogger<OutboxEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("a@example.org", "Onderwerp", "tekst", "<p>html</p>") { Kind = "test" }, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(outbox));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Assert.Single(Directory.GetFiles(outbox))));
    }

    [GeneratedRegex(@"^\d{8}T\d{9}-[a-z0-9-]+-[0-9a-f]{10}\.eml$")]
    private static partial Regex FileNamePattern();
}
