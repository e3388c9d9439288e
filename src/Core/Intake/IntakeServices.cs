using Aanmelding.Core.Calls;
using Aanmelding.Core.Limits;

namespace Aanmelding.Core.Intake;

/// <summary>
/// What the applicant routes need, as one parameter: LocalHost binds it per request (<c>[AsParameters]</c>), the
/// Functions classes receive it through their constructors (a [Function] method's own parameters are bindings).
/// </summary>
public sealed record IntakeServices(
    CallCatalog Calls,
    SubmissionService Submissions,
    ReceiptService Receipts,
    WithdrawalService Withdrawals,
    ChangeService Changes,
    ReceiptLinkService ReceiptLinks,
    RateLimits Limits,
    TimeProvider Time);
