using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// <c>DELETE /api/applications/{id}</c> (admin): erases the application's personal data (<see cref="ErasureService"/>).
/// <c>204</c> when erased; <c>404</c> when there is no such application, also on a second DELETE of an erased one.
/// </summary>
public static class ErasureEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] PrivacyServices services) =>
        HttpGuard.RunAsync(context, async () =>
            await services.Erasure.EraseAsync(id, ErasureReason.Request, durable, context.RequestAborted)
                ? Results.NoContent()
                : Problems.NotFound("Deze aanmelding bestaat niet, of is al gewist."));
}
