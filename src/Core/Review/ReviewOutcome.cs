namespace Aanmelding.Core.Review;

public enum ReviewOutcome
{
    Recorded,
    Invalid,
    NotFound,
    Forbidden,
    Expired,
    SelectionFinal,
    Withdrawn,
}
