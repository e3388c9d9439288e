using System.Security.Cryptography;
using System.Text;
using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>The table-backed sent-e-mail log against Azurite (skipped when Azurite is not installed).</summary>
public sealed class SentEmailTableTests(AzuriteTable azurite) : IClassFixture<AzuriteTable>
{
    static EmailMessage Message() =>
        EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), "https://example.org/applications/a1b2c3d4?token=t");

    [AzuriteTableFact]
    public async Task Records_a_marker_without_personal_data_and_finds_it_again()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var log = new SentEmailTable(service, TimeProvider.System);
        var key = $"{Guid.NewGuid():N}:acknowledgement";

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

    [AzuriteTableFact]
    public async Task With_the_mailer_a_message_is_sent_once_and_a_permanent_failure_is_kept()
    {
        var log = new SentEmailTable(new TableServiceClient(azurite.ConnectionString), TimeProvider.System);
        var sender = new ScriptedEmailSender();
        sender.Enqueue(EmailDelivery.Success("m1"), EmailDelivery.PermanentFailure("SendGrid answered HTTP 400"));
        var mailer = new Mailer(sender, log, new ListLogger<Mailer>());
        var application = Guid.NewGuid().ToString("N");

        await mailer.SendOnceAsync($"{application}:acknowledgement", Message(), CancellationToken.None);
        await mailer.SendOnceAsync($"{application}:acknowledgement", Message(), CancellationToken.None);
        var failed = await mailer.SendOnceAsync($"{application}:outcome", Message(), CancellationToken.None);
        var again = await mailer.SendOnceAsync($"{application}:outcome", Message(), CancellationToken.None);

        Assert.Equal(2, sender.Sent.Count);
        Assert.True(failed.Permanent);
        Assert.True(again.Skipped);
    }

    [AzuriteTableFact]
    public async Task Keys_with_forbidden_characters_are_refused()
    {
        var log = new SentEmailTable(new TableServiceClient(azurite.ConnectionString), TimeProvider.System);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.WasSentAsync("a/b:c", CancellationToken.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.RecordAsync("a#b", Message(), EmailDelivery.Success(null), CancellationToken.None));
    }
}
