using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Intake;

/// <summary><c>GET /api/calls/{callId}</c>: what an applicant's system needs to know about a call.</summary>
public static class CallInfoEndpoint
{
    public static IResult Handle(string callId, [AsParameters] IntakeServices services)
    {
        var call = services.Calls.Find(callId);
        if (call is null)
        {
            return Problems.NotFound("Deze oproep bestaat niet.");
        }

        var now = services.Time.GetUtcNow();
        return Results.Json(new
        {
            id = call.Id,
            title = call.Title,
            organisers = call.Organisers,
            deadline = call.DeadlineInZone.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            deadlineText = DutchDateFormat.WithZone(call.Deadline, call.TimeZone),
            timeZone = call.TimeZone.Id,
            open = call.IsOpenAt(now),
            capacity = call.Capacity,
            onePerMunicipality = call.OnePerMunicipality,
            applicantTypes = call.ApplicantTypes,
            municipalities = new { year = call.MunicipalityYear, source = call.Municipalities.Source, count = call.Municipalities.Municipalities.Count },
        });
    }
}
