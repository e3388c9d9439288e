using Aanmelding.Core.Intake;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// <c>GET /api/applications/{id}/export?token=…</c>: everything held about the application as JSON
/// (<see cref="AccessExport"/>), behind the receipt link's token and its check (<see cref="Intake.ReceiptService"/>).
/// </summary>
public static class AccessExportEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, [AsParameters] PrivacyServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var opened = await services.Receipts.OpenAsync(id, context.Request.Query["token"].ToString(), context.RequestAborted);
            if (ReceiptEndpoint.JsonRefusal(opened) is { } refusal)
            {
                return refusal;
            }

            var export = await services.Export.BuildAsync(opened.Application!, opened.Call!, context.RequestAborted);
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"aanmelding-{opened.Application!.Id}.json\"";
            return PrivateResult.Json(export);
        });
}
