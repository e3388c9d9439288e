using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// "This application's workflow may not have started yet": stored in the same transaction as the application (its
/// call's partition of the Applications table), so that whatever happens to the process that answered, the sweep
/// finds the application and starts its workflow. The sweep removes the row once the workflow exists. An applicant's
/// change writes the row again in the change's transaction, with <see cref="ChangedVersion"/>: then the sweep also
/// tells the workflow of that version (<see cref="Workflows.WorkflowEvents.Changed"/>) before it removes the row.
/// </summary>
public sealed class PendingStartEntity : ITableEntity
{
    public const string RowPrefix = "start-";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ApplicationId { get; set; } = "";

    /// <summary>When the application was stored (the service's clock, not the storage's).</summary>
    public DateTimeOffset StoredAt { get; set; }

    /// <summary>The version the applicant changed the application to, still to be told to its workflow; null for a plain start.</summary>
    public int? ChangedVersion { get; set; }
}
