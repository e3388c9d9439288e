using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Privacy;

/// <summary><c>GET /api/calls/{callId}/counts</c> (admin): the call's anonymous counts as JSON (<see cref="AnonymousCounts"/>), before and after erasure.</summary>
public static class CallCountsEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, [AsParameters] PrivacyServices services) =>
        HttpGuard.RunAsync(context, async () =>
            services.Calls.Find(callId) is null
                ? Problems.NotFound("Deze oproep bestaat niet.")
                : PrivateResult.Json(await services.Counts.CountAsync(callId, context.RequestAborted)));
}
