using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Intake;

/// <summary><c>GET /applications/{id}/attachments/{attachmentId}?token=</c>: an attachment through the applicant's receipt link.</summary>
public static class ReceiptAttachmentEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, string attachmentId, AttachmentStore files, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var opened = await services.Receipts.OpenAsync(id, context.Request.Query["token"].ToString(), context.RequestAborted);
            var call = opened.Call ?? services.Calls.Default;
            return opened.Expired ? HtmlPage.Message(call, "Link verlopen", "Deze link naar uw aanmelding is verlopen.", StatusCodes.Status410Gone)
                : !opened.Found ? HtmlPage.Message(call, "Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet.", StatusCodes.Status404NotFound)
                : await AttachmentDownload.SendAsync(files, opened.Application!, call, attachmentId, context.RequestAborted);
        });
}
