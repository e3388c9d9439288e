using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// What a host left behind, read straight from storage and the outbox: the call's application rows, the workflow
/// instances of its task hub, and the e-mails per application and kind.
/// </summary>
public sealed class StoredState(string connectionString, string taskHub, string outboxPath)
{
    const string KindHeader = "X-Aanmelding-Kind";

    public static StoredState Of(AppHost host, string? connectionString = null) =>
        new(connectionString ?? TestStorage.ConnectionString, host.TaskHub!, host.OutboxPath);

    /// <summary>Every application row of the call, by id.</summary>
    public async Task<IReadOnlyDictionary<string, ApplicationEntity>> ApplicationsAsync(string callId)
    {
        var table = new TableClient(connectionString, "Applications");
        var rows = new Dictionary<string, ApplicationEntity>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in table.QueryAsync<ApplicationEntity>(TableClient.CreateQueryFilter($"CallId eq {callId}")))
            {
                rows[row.RowKey] = row;
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No application was ever stored: the table does not exist yet.
        }

        return rows;
    }

    /// <summary>The ApplicationWorkflow instance of an application, or null when it was never started.</summary>
    public async Task<TableEntity?> WorkflowAsync(string applicationId)
    {
        var instances = new TableClient(connectionString, taskHub + "Instances");
        var row = await instances.GetEntityIfExistsAsync<TableEntity>($"application-{applicationId}", "");
        return row.HasValue ? row.Value : null;
    }

    /// <summary>The workflow's custom status (the state it shows), or null before it set one.</summary>
    public async Task<string?> WorkflowStatusAsync(string applicationId)
    {
        var row = await WorkflowAsync(applicationId);
        var custom = row?.GetString("CustomStatus");
        return string.IsNullOrEmpty(custom) ? null : System.Text.Json.JsonSerializer.Deserialize<string>(custom);
    }

    /// <summary>How many e-mails of <paramref name="kind"/> the outbox holds per application id named in them.</summary>
    public IReadOnlyDictionary<string, int> EmailsPerApplication(string kind, IEnumerable<string> applicationIds)
    {
        var ids = applicationIds.ToList();
        var counts = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        foreach (var message in Outbox.Read(outboxPath).Where(m => Kind(m) == kind))
        {
            var text = message.Subject + "\n" + message.TextBody;
            foreach (var id in ids.Where(id => text.Contains(id, StringComparison.Ordinal)))
            {
                counts[id]++;
            }
        }

        return counts;
    }

    public IReadOnlyList<MimeMessage> Emails(string kind) => Outbox.Read(outboxPath).Where(m => Kind(m) == kind).ToList();

    static string? Kind(MimeMessage message) => message.Headers[KindHeader];
}
