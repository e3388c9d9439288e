namespace Aanmelding.Core.Intake;

/// <summary>How an applicant's change ended (<see cref="ChangeService"/>).</summary>
public enum ChangeOutcome
{
    Changed,
    NotFound,
    LinkExpired,
    CallClosed,

    /// <summary>Withdrawn, or read by the selection: there is nothing to change any more.</summary>
    NotChangeable,
    Invalid,

    /// <summary>The organisation has another application for the wijk the change names.</summary>
    Duplicate,
    AddressLimited,

    /// <summary>The change was made on a version that is no longer the current one (another tab, another person).</summary>
    Stale,
}
