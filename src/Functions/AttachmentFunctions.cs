using Aanmelding.Core.Intake;
using Aanmelding.Core.Office;
using Aanmelding.Core.Review;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Aanmelding.Functions;

/// <summary>An application's attachments, each behind the door of the page that lists it (Core checks the door).</summary>
public sealed class AttachmentFunctions(IntakeServices intake, ReviewServices review, OfficeServices office, AttachmentStore files)
{
    [Function("ReceiptAttachment")]
    public Task<IActionResult> Receipt([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ReceiptAttachment)] HttpRequest request, string id, string attachmentId) =>
        HttpResultAdapter.From(ReceiptAttachmentEndpoint.HandleAsync(request.HttpContext, id, attachmentId, files, intake));

    [Function("ReviewAttachment")]
    public Task<IActionResult> Review([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ReviewAttachment)] HttpRequest request, string id, string attachmentId) =>
        HttpResultAdapter.From(ReviewAttachmentEndpoint.HandleAsync(request.HttpContext, id, attachmentId, files, review));

    [Function("OfficeAttachment")]
    public Task<IActionResult> Office([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeAttachment)] HttpRequest request, string callId, string id, string attachmentId) =>
        HttpResultAdapter.From(OfficeAttachmentEndpoint.HandleAsync(request.HttpContext, callId, id, attachmentId, files, office));
}
