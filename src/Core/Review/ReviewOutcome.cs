namespace Aanmelding.Core.Review;

/// <summary>What a review link or decision came to.</summary>
public enum ReviewOutcome
{
    Recorded,
    Invalid,

    /// <summary>A wrong, missing or no longer valid link, or an application that does not exist: one answer for all.</summary>
    Forbidden,
    Expired,

    /// <summary>The selection is being made: decisions are no longer accepted.</summary>
    SelectionStarted,
    SelectionFinal,
    Withdrawn,
}
