using Aanmelding.Contracts;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Intake;

/// <summary>The browser form's post: 303 to the receipt, or the form again with its messages and everything typed.</summary>
public static class FormSubmission
{
    public static async Task<IResult> HandleAsync(HttpContext context, string callId, byte[] body, DurableTaskClient durable, IntakeServices services)
    {
        var call = services.Calls.Find(callId);
        if (call is null)
        {
            return HtmlPage.Message(services.Calls.Default, "Oproep niet gevonden", "Deze oproep bestaat niet.", StatusCodes.Status404NotFound);
        }

        var fields = new Dictionary<string, StringValues>();
        List<AttachmentUpload> files = [];
        var readable = RequestBody.IsMultipartForm(context.Request)
            ? MultipartBody.TryParse(body, context.Request.ContentType!, out fields, out files)
            : RequestBody.TryParseForm(body, out fields);
        if (!readable)
        {
            return HtmlPage.Message(call, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
        }

        var values = new FormValues(fields);

        if (values[FormBinding.TrapField].Length > 0)
        {
            // A bot filled in the invisible field: answer as if all went well and store nothing.
            return HtmlPage.Message(call, "Bedankt", "Uw aanmelding is ontvangen.", StatusCodes.Status200OK);
        }

        var idempotencyKey = values[FormBinding.IdempotencyField];
        var form = FormBinding.Bind(values, out var bindingErrors);
        if (bindingErrors.Count > 0)
        {
            // Every mistake at once: the binding ones, the rules that can be checked on what did bind, and the files.
            var all = FormBinding.AllErrors(form, bindingErrors, call);
            if (AttachmentRules.Check(files, out _) is { Count: > 0 } fileProblems)
            {
                all[AttachmentRules.Field] = [.. fileProblems];
            }

            return Again(call, values, all, idempotencyKey);
        }

        var result = await services.Submissions.SubmitAsync(callId, form, files, idempotencyKey.Length > 0 ? idempotencyKey : null, durable, context.RequestAborted);
        return result.Outcome switch
        {
            SubmissionOutcome.Accepted => new SeeOther(LinkBuilder.ReceiptPath(result.Application!.Id, result.ReceiptToken!)),
            SubmissionOutcome.Invalid => Again(call, values, result.Errors, idempotencyKey),
            SubmissionOutcome.CallClosed => new HtmlPageResult(LateSubmissionPage.Render(call, values), StatusCodes.Status409Conflict),
            SubmissionOutcome.Duplicate => Again(call, values, new Dictionary<string, string[]>(), idempotencyKey, StatusCodes.Status409Conflict,
                SubmissionEndpoint.DuplicateText, offerReceiptLink: true),
            SubmissionOutcome.AddressLimited => AddressLimited(context, call, values, idempotencyKey, result),
            SubmissionOutcome.IdempotencyKeyReused => Again(call, values, new Dictionary<string, string[]>(), Guid.NewGuid().ToString("N"), StatusCodes.Status422UnprocessableEntity,
                "Dit formulier is al eens verstuurd met andere gegevens. Controleer de gegevens en verstuur opnieuw."),
            _ => HtmlPage.Message(call, "Oproep niet gevonden", "Deze oproep bestaat niet.", StatusCodes.Status404NotFound),
        };
    }

    static HtmlPageResult Again(CallDefinition call, FormValues values, IReadOnlyDictionary<string, string[]> errors, string idempotencyKey,
        int status = StatusCodes.Status400BadRequest, string? notice = null, bool offerReceiptLink = false) =>
        new HtmlPageResult(FormPage.Render(call, values, errors, idempotencyKey.Length > 0 ? idempotencyKey : Guid.NewGuid().ToString("N"), notice, offerReceiptLink), status);

    /// <summary>The form again, everything typed kept, with why it was not taken and when to try again.</summary>
    static HtmlPageResult AddressLimited(HttpContext context, CallDefinition call, FormValues values, string idempotencyKey, SubmissionResult result)
    {
        TooManyRequests.SetRetryAfter(context, result.Limit!.Value.RetryAfter);
        return Again(call, values, new Dictionary<string, string[]>(), idempotencyKey, StatusCodes.Status429TooManyRequests, SubmissionEndpoint.AddressLimitedText(result));
    }

}
