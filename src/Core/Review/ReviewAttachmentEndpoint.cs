using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Review;

/// <summary><c>GET /review/{id}/attachments/{attachmentId}?token=</c>: an attachment through a coordinator's review link, admitted as the review page is.</summary>
public static class ReviewAttachmentEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, string attachmentId, AttachmentStore files, [AsParameters] ReviewServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var review = await services.Reviews.OpenAsync(id, context.Request.Query["token"].ToString(), context.RequestAborted);
            return review is { Application: { } application, Call: { } call }
                ? await AttachmentDownload.SendAsync(files, application, call, attachmentId, context.RequestAborted)
                : ReviewEndpoint.PageFor(review, "", services.Calls.Default);
        });
}
