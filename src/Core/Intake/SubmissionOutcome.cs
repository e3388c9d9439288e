namespace Aanmelding.Core.Intake;

/// <summary>What became of a submission attempt.</summary>
public enum SubmissionOutcome
{
    Accepted,
    Invalid,
    UnknownCall,
    CallClosed,
    Duplicate,
    IdempotencyKeyReused,

    /// <summary>The contact address was sent as much mail as it may be for now (<see cref="Limits.RateLimitOptions"/>).</summary>
    AddressLimited,
}
