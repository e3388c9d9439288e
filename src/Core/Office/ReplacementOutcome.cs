namespace Aanmelding.Core.Office;

/// <summary>What became of a request to replace a selected application that dropped out.</summary>
public enum ReplacementOutcome
{
    /// <summary>The replacement runs (started now, or by an earlier click that is still being carried out).</summary>
    Started,

    /// <summary>Replaced already: nothing started again.</summary>
    AlreadyReplaced,

    /// <summary>The application is not selected (or the selection is not final).</summary>
    NotSelected,

    /// <summary>Nobody is left on the reserve list.</summary>
    NoReserve,

    NotFound,
}
