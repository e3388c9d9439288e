using Aanmelding.Core.Email;
using Aanmelding.Core.Web;
using Aanmelding.Tests.Support;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Aanmelding.Tests.Unit.Email;

public sealed class OutboxBrowserTests : IDisposable
{
    const string ReceiptUrl = "https://aanmelding.example.org/applications/a1b2c3d4?token=abc&lang=nl";
    readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    async Task<string[]> Send(params EmailMessage[] messages)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2018, 7, 2, 8, 30, 0, TimeSpan.Zero));
        var sender = new OutboxEmailSender(Options.Create(new EmailOptions { OutboxPath = folder.Path }), clock, NullLogger<OutboxEmailSender>.Instance);
        foreach (var message in messages)
        {
            await sender.SendAsync(message, CancellationToken.None);
            clock.Advance(TimeSpan.FromMilliseconds(3));
        }

        return Directory.GetFiles(folder.Path).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task The_page_lists_messages_newest_first_with_their_links_encoded()
    {
        var acknowledgement = EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Hostile(), ReceiptUrl);
        var withdrawal = EmailTemplates.WithdrawalNotice(EmailTestData.Call(), EmailTestData.Application(), "coordinator@example.org");
        var names = await Send(acknowledgement, withdrawal);

        var result = Assert.IsType<HtmlPageResult>(OutboxBrowser.Page(folder.Path, EmailTestData.Call()));

        var html = result.Html;
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("kwetsbare-wijken@platform31.example", html, StringComparison.Ordinal);
        Assert.Contains("2 berichten", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(names[1], StringComparison.Ordinal) < html.IndexOf(names[0], StringComparison.Ordinal), "newest first");
        Assert.Contains($"href=\"/dev/outbox/{names[0]}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://aanmelding.example.org/applications/a1b2c3d4?token=abc&amp;lang=nl\"", html, StringComparison.Ordinal);
        Assert.Contains("coordinator@example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_or_missing_outbox_says_so()
    {
        var result = Assert.IsType<HtmlPageResult>(OutboxBrowser.Page(Path.Combine(folder.Path, "missing"), EmailTestData.Call()));

        Assert.Contains("Er zijn nog geen berichten.", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_page_shows_the_text_part_encoded()
    {
        var names = await Send(EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Hostile(), ReceiptUrl));

        var result = Assert.IsType<HtmlPageResult>(OutboxBrowser.Message(folder.Path, names[0], EmailTestData.Call()));

        var html = result.Html;
        Assert.Contains("Hartelijk dank", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://aanmelding.example.org/applications/a1b2c3d4?token=abc&amp;lang=nl\"", html, StringComparison.Ordinal);
        Assert.Contains("acknowledgement", html, StringComparison.Ordinal);
        Assert.Contains("kwetsbare-wijken@platform31.example", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secret.eml")]
    [InlineData("..%2Fsecret.eml")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/message.eml")]
    [InlineData("sub\\message.eml")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("notes.txt")]
    [InlineData(".hidden.eml")]
    [InlineData("missing.eml")]
    public async Task Anything_but_a_plain_eml_name_in_the_folder_is_404(string fileName)
    {
        await Send(EmailTemplates.WithdrawalNotice(EmailTestData.Call(), EmailTestData.Application(), "coordinator@example.org"));
        var outbox = Path.Combine(folder.Path, "outbox");
        Directory.CreateDirectory(Path.Combine(outbox, "sub"));
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            File.Copy(file, Path.Combine(folder.Path, "secret.eml"), overwrite: true);
            File.Copy(file, Path.Combine(outbox, "sub", "message.eml"), overwrite: true);
            File.Copy(file, Path.Combine(outbox, ".hidden.eml"), overwrite: true);
        }

        await File.WriteAllTextAsync(Path.Combine(outbox, "notes.txt"), "niet zichtbaar");

        Assert.IsType<NotFound>(OutboxBrowser.Message(outbox, fileName, EmailTestData.Call()));
    }
}
