using System.Security.Cryptography;
using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Storage.Email;

/// <summary>The table-backed sent-e-mail log on the run's Azurite: what it records, and that with the mailer nothing goes out twice.</summary>
public sealed class SentEmailTableTests
{
    readonly TableServiceClient service = new(TestStorage.ConnectionString);

    static EmailMessage Message()
    {
        var call = new CallCatalog(new ConfigurationBuilder().Build()).Find(CallCatalog.DefaultCallId)!;
        var application = new TestApplication().Stored(call.Id, call.Deadline.AddDays(-10));
        return EmailTemplates.Acknowledgement(call, application, $"https://example.org/applications/{application.Id}?token=t");
    }

    [Fact]
    public async Task Records_a_marker_without_personal_data_and_finds_it_again()
    {
        var log = new SentEmailTable(service, TimeProvider.System);
        var key = SentEmailKey.For(Guid.NewGuid().ToString("N"), EmailKinds.Acknowledgement);

        Assert.False(await log.WasSentAsync(key, CancellationToken.None));
        await log.RecordAsync(key, Message(), EmailDelivery.Success("msg-1"), CancellationToken.None);
        Assert.True(await log.WasSentAsync(key, CancellationToken.None));
        Assert.False(await log.WasSentAsync($"{key}:other", CancellationToken.None));

        var partition = key.Split(':')[0];
        var rowKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var entity = (await service.GetTableClient(SentEmailTable.TableName).GetEntityAsync<TableEntity>(partition, rowKey)).Value;
        Assert.Equal(EmailKinds.Acknowledgement, entity.GetString("Kind"));
        Assert.True(entity.GetBoolean("Delivered"));
        Assert.False(entity.GetBoolean("Permanent"));
        Assert.NotNull(entity.GetDateTimeOffset("SentAt"));
        Assert.All(entity.Select(pair => pair.Value), value => Assert.DoesNotContain("@", value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_mailer_a_message_is_sent_once_and_a_permanent_failure_is_kept()
    {
        var log = new SentEmailTable(service, TimeProvider.System);
        var sender = new ScriptedEmailSender();
        sender.Enqueue(EmailDelivery.Success("m1"), EmailDelivery.PermanentFailure("SendGrid answered HTTP 400"));
        var mailer = new Mailer(sender, log, new ListLogger<Mailer>());
        var application = Guid.NewGuid().ToString("N");

        await mailer.SendOnceAsync(SentEmailKey.For(application, EmailKinds.Acknowledgement), Message(), CancellationToken.None);
        await mailer.SendOnceAsync(SentEmailKey.For(application, EmailKinds.Acknowledgement), Message(), CancellationToken.None);
        var failed = await mailer.SendOnceAsync(SentEmailKey.For(application, EmailKinds.Outcome), Message(), CancellationToken.None);
        var again = await mailer.SendOnceAsync(SentEmailKey.For(application, EmailKinds.Outcome), Message(), CancellationToken.None);

        Assert.Equal(2, sender.Sent.Count);
        Assert.True(failed.Permanent);
        Assert.True(again.Skipped);
    }

    [Fact]
    public async Task Keys_with_forbidden_characters_are_refused()
    {
        var log = new SentEmailTable(service, TimeProvider.System);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.WasSentAsync("a/b:c", CancellationToken.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.RecordAsync("a#b", Message(), EmailDelivery.Success(null), CancellationToken.None));
    }
}
