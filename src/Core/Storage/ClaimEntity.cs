using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// A uniqueness claim within a call (an idempotency key, or organisation + municipality + neighbourhood),
/// keyed by a hash so raw input never becomes a key. It lives in the call's partition of the Applications table and
/// is stored in one transaction with the application that holds it: insert-if-absent makes the claim atomic, and
/// there is never a claim whose application is missing.
/// </summary>
public sealed class ClaimEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ApplicationId { get; set; } = "";

    /// <summary>A hash of the request body, so a reused idempotency key with another body can be refused.</summary>
    public string? Fingerprint { get; set; }
}
