using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

public sealed class MailerTests
{
    readonly ScriptedEmailSender sender = new();
    readonly InMemorySentEmailLog log = new();
    readonly ListLogger<Mailer> logger = new();

    Mailer Mailer() => new(sender, log, logger);

    static EmailMessage Message() =>
        EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), "https://example.org/applications/a1b2c3d4?token=t");

    [Fact]
    public async Task The_same_key_sends_once()
    {
        var mailer = Mailer();

        var first = await mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None);
        var second = await mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None);

        Assert.Single(sender.Sent);
        Assert.True(first.Delivered);
        Assert.False(first.Skipped);
        Assert.True(second.Skipped);
        Assert.True(log.Records["a1b2c3d4:acknowledgement"].Delivered);
        Assert.Contains(logger.Lines, line => line.Contains("skipped", StringComparison.Ordinal));
        Assert.All(logger.Lines, line => Assert.DoesNotContain("@", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Different_keys_send_separately()
    {
        var mailer = Mailer();

        await mailer.SendOnceAsync("a1b2c3d4:review:0", Message(), CancellationToken.None);
        await mailer.SendOnceAsync("a1b2c3d4:review:1", Message(), CancellationToken.None);

        Assert.Equal(2, sender.Sent.Count);
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_and_not_sent_again()
    {
        sender.Enqueue(EmailDelivery.PermanentFailure("SendGrid answered HTTP 400"));
        var mailer = Mailer();

        var first = await mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None);
        var second = await mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None);

        Assert.True(first.Permanent);
        Assert.True(log.Records["a1b2c3d4:acknowledgement"].Permanent);
        Assert.True(second.Skipped);
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task A_transient_failure_throws_and_records_nothing_so_a_retry_sends()
    {
        sender.Enqueue(EmailDelivery.TransientFailure("SendGrid answered HTTP 500; gave up after 5 attempts"));
        var mailer = Mailer();

        var exception = await Assert.ThrowsAsync<EmailDeliveryException>(
            () => mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None));
        Assert.Equal(EmailKinds.Acknowledgement, exception.Kind);
        Assert.DoesNotContain("@", exception.Message, StringComparison.Ordinal);
        Assert.Empty(log.Records);

        var retry = await mailer.SendOnceAsync("a1b2c3d4:acknowledgement", Message(), CancellationToken.None);
        Assert.True(retry.Delivered);
        Assert.False(retry.Skipped);
        Assert.Equal(2, sender.Sent.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\nb")]
    [InlineData(":acknowledgement")]
    public async Task Keys_with_forbidden_characters_are_refused_before_sending(string key)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Mailer().SendOnceAsync(key, Message(), CancellationToken.None));
        Assert.Empty(sender.Sent);
    }
}
