using Aanmelding.Core.Calls;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Privacy;
using Aanmelding.Core.Selection;

namespace Aanmelding.Core.Office;

/// <summary>
/// What the office routes need, as one parameter: LocalHost binds it per request (<c>[AsParameters]</c>), the
/// Functions class receives it through its constructor.
/// </summary>
public sealed record OfficeServices(
    CallCatalog Calls, SignInService SignIn, DashboardService Dashboard, FinalizeService Finalize, ReplacementService Replacements, RateLimits Limits, TimeProvider Time,
    ErasureService Erasure);
