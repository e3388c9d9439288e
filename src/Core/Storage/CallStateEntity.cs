using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The recorded phase of a call (table Outcomes, row "state" in the call's partition).</summary>
public sealed class CallStateEntity : ITableEntity
{
    public const string Row = "state";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Phase { get; set; } = CallPhase.Open;
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public int Selected { get; set; }
    public int Reserve { get; set; }
    public int NotSelected { get; set; }
}
