using Aanmelding.Core.Selection;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// <c>GET /office/{callId}/selection</c> (the selection as it would come out, nothing sent) and <c>POST</c> the same
/// (finalise: the session's form token and the confirmation box, then <see cref="FinalizeService"/>), behind the sign-in.
/// </summary>
public static class SelectionPreviewEndpoint
{
    public static Task<IResult> PageAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            var preview = await services.Dashboard.PreviewAsync(call!, context.RequestAborted);
            return SelectionPreviewPage.Render(call!, session!, services, preview, call!.IsOpenAt(services.Time.GetUtcNow()));
        });

    public static Task<IResult> FinalizeAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, fields, refusal) = await OfficeAccess.EnterFormAsync(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            if (PageForm.Field(fields!, SelectionPreviewPage.ConfirmField) != "ja")
            {
                var preview = await services.Dashboard.PreviewAsync(call!, context.RequestAborted);
                return SelectionPreviewPage.Render(call!, session!, services, preview, call!.IsOpenAt(services.Time.GetUtcNow()), "Vink aan dat u de selectie definitief wilt maken.");
            }

            var result = await services.Finalize.RequestAsync(call!.Id, durable, context.RequestAborted);
            var back = $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(SelectionPreviewPage.PathFor(call.Id), "Naar de selectie")}</p>";
            return result.Outcome switch
            {
                FinalizeOutcome.CallOpen => HtmlPage.Message(call, "Nog niet mogelijk", "De aanmeldtermijn loopt nog: de selectie kan pas definitief worden als die gesloten is.", StatusCodes.Status409Conflict, back),
                FinalizeOutcome.AlreadyFinal => HtmlPage.Message(call, "Al definitief", "De selectie was al definitief.", StatusCodes.Status200OK, back),
                _ => HtmlPage.Message(call, "De selectie wordt definitief gemaakt", "De selectie wordt nu definitief gemaakt; alle aanmelders krijgen binnen enkele minuten tegelijk bericht, en u ontvangt de samenvatting per e-mail.", StatusCodes.Status200OK, back),
            };
        });
}
