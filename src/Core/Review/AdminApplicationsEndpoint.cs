using Aanmelding.Core.Applications;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Review;

/// <summary><c>GET /api/calls/{callId}/applications</c> (admin): every application with status, decision, score and who decided.</summary>
public static class AdminApplicationsEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, [AsParameters] ReviewServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            if (services.Calls.Find(callId) is null)
            {
                return Problems.NotFound("Deze oproep bestaat niet.");
            }

            var state = await services.CallStates.GetAsync(callId, context.RequestAborted);
            var applications = (await services.Applications.ListByCallAsync(callId, context.RequestAborted))
                .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => new Row(
                    a.Id, a.Status, a.SubmittedAt, a.Form.ApplicantType, a.Form.Organisation, a.Form.Municipality, a.MunicipalityCode,
                    a.Form.Neighbourhood, a.Decision, a.Score, a.DecidedBy, a.DecidedAt, a.Outcome, a.Rank))
                .ToList();
            return PrivateResult.Json(new { callId, phase = state.Phase, count = applications.Count, applications });
        });

    sealed record Row(
        string Id, ApplicationStatus Status, DateTimeOffset SubmittedAt, string? ApplicantType, string? Organisation, string? Municipality, string? MunicipalityCode,
        string? Neighbourhood, Decision? Decision, int? Score, string? DecidedBy, DateTimeOffset? DecidedAt, ApplicationStatus? Outcome, int? Rank);
}
