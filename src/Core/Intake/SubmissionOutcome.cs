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
}
