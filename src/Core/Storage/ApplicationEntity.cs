using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// One application as a table row. The partition is the call's (DESIGN §7), shared with the call's claims
/// (<see cref="ClaimEntity"/>), so that an application and its claims are stored in one entity-group transaction;
/// RowKey is the application id.
/// </summary>
public sealed class ApplicationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CallId { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary><see cref="Applications.Application.Version"/>; 0 on a row stored before versions were kept (version 1).</summary>
    public int Version { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    public string? ApplicantType { get; set; }
    public string? Organisation { get; set; }
    public string? Municipality { get; set; }
    public string? MunicipalityCode { get; set; }
    public string? Neighbourhood { get; set; }
    public int? Homes { get; set; }
    public string? GasFreeStatus { get; set; }
    public string? Challenges { get; set; }
    public string? Motivation { get; set; }
    public string? Partners { get; set; }
    public string? ChallengesOther { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool Consent { get; set; }
    public string? ConsentNoticeVersion { get; set; }
    public DateTimeOffset? ConsentGivenAt { get; set; }

    /// <summary>Each beoordelaar's latest review as JSON (<see cref="Applications.Application.Reviews"/>).</summary>
    public string? Reviews { get; set; }
    public string? Decision { get; set; }
    public int? Score { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    public string? Outcome { get; set; }
    public int? Rank { get; set; }
    public string? OutcomeReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public bool SelectionStarted { get; set; }

    /// <summary>After the selection, the replacements this application is part of, as JSON (<see cref="Applications.Application.Replacements"/>).</summary>
    public string? Replacements { get; set; }

    /// <summary>The PDFs sent with the application, as JSON (<see cref="Applications.Application.Attachments"/>).</summary>
    public string? Attachments { get; set; }

    /// <summary>The partition of a call's applications and claims (a hash: keys never carry configured or sent text as is).</summary>
    public static string PartitionFor(string callId) => StorageKeys.Hash(callId);
}
