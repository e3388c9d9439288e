using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>One coordinator decision: an append-only audit row (who, when, what, score, note), never updated.</summary>
public sealed class DecisionEntity : ITableEntity
{
    /// <summary>The application id.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>Time-ordered and unique; also the event id raised on the workflow.</summary>
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CallId { get; set; } = "";
    public string Coordinator { get; set; } = "";
    public string Decision { get; set; } = "";
    public int? Score { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
