using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary><c>GET /office/{callId}/applications/{id}/attachments/{attachmentId}</c>: an attachment behind the office session.</summary>
public static class OfficeAttachmentEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, string id, string attachmentId, AttachmentStore files, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, _, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            return await services.Dashboard.FindAsync(call!, id, context.RequestAborted) is { } found
                ? await AttachmentDownload.SendAsync(files, found.Row.Application, call!, attachmentId, context.RequestAborted)
                : HtmlPage.Message(call!, "Niet gevonden", "Deze oproep heeft geen aanmelding met dit kenmerk.", StatusCodes.Status404NotFound);
        });
}
