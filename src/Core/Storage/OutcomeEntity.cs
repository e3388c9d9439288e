using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>One <see cref="Applications.SelectionEntry"/> as a table row (table Outcomes, the call's partition).</summary>
public sealed class OutcomeEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Position in the list as it is presented (1-based); the rule's rank is <see cref="Rank"/>.</summary>
    public int Order { get; set; }
    public int? Rank { get; set; }
    public string Outcome { get; set; } = "";
    public string Reason { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Municipality { get; set; }
    public string? Neighbourhood { get; set; }
    public string? ApplicantType { get; set; }
    public int? Score { get; set; }
}
