namespace Aanmelding.Core.Selection;

/// <summary>What became of a request to finalise a call's selection.</summary>
public enum FinalizeOutcome
{
    Requested,
    AlreadyFinal,
    CallOpen,
    UnknownCall,
}
