using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// One application as a table row. PartitionKey is the application id (every route finds an application by
/// id alone, so reads are point reads); RowKey is fixed.
/// </summary>
public sealed class ApplicationEntity : ITableEntity
{
    public const string Row = "application";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CallId { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }

    public string? ApplicantType { get; set; }
    public string? Organisation { get; set; }
    public string? Municipality { get; set; }
    public string? MunicipalityKey { get; set; }
    public string? Neighbourhood { get; set; }
    public int? Homes { get; set; }
    public string? GasFreeStatus { get; set; }
    public string? Challenges { get; set; }
    public string? Motivation { get; set; }
    public string? Partners { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool Consent { get; set; }

    public string? Decision { get; set; }
    public int? Score { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    public string? Outcome { get; set; }
    public int? Rank { get; set; }
    public string? OutcomeReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
