using Aanmelding.Contracts;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// <c>POST /api/calls/{callId}/applications</c>: JSON gets 202 with the reference and a status URL; the browser
/// form gets 303 to the receipt page, or the form again with its messages.
/// </summary>
public static class SubmissionEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static Task<IResult> HandleAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, () => SubmitAsync(context, callId, durable, services));

    static async Task<IResult> SubmitAsync(HttpContext context, string callId, DurableTaskClient durable, IntakeServices services)
    {
        var request = context.Request;
        var isJson = RequestBody.IsJson(request);
        var isForm = RequestBody.IsForm(request) || RequestBody.IsMultipartForm(request);
        if (!isJson && !isForm)
        {
            return Problems.UnsupportedMediaType();
        }

        // Before the body is read: a client over its limit costs as little as possible.
        if (services.Limits.ForClient(context.Connection.RemoteIpAddress) is { Allowed: false } limited)
        {
            return TooManyRequests.Answer(context, services.Calls.Find(callId) ?? services.Calls.Default, limited.RetryAfter, page: isForm);
        }

        // Large enough for the attachments where they can come (as base64 in JSON, the largest form; or as file parts),
        // and no larger: a urlencoded form carries no files.
        var multipart = RequestBody.IsMultipartForm(request);
        var limit = isJson || multipart ? AttachmentRules.MaxRequestBytes : RequestBody.MaxBytes;
        var body = await RequestBody.ReadAsync(request, limit, context.RequestAborted);
        if (body is null)
        {
            return multipart
                ? HtmlPage.Message(services.Calls.Find(callId) ?? services.Calls.Default, "Te groot",
                    $"Het formulier met de bijlagen is te groot. {AttachmentRules.LimitText} Ga terug en kies kleinere bestanden.", StatusCodes.Status413PayloadTooLarge)
                : Problems.TooLarge(limit);
        }

        if (isForm)
        {
            return await FormSubmission.HandleAsync(context, callId, body, durable, services);
        }

        if (!JsonBody.TryDeserialize<ApplicationForm>(body, "Stuur een JSON-object met de velden van de aanmelding.", out var form, out var problem))
        {
            return problem;
        }

        if (!JsonBody.TryDeserialize<ApplicationAttachments>(body, "Stuur een JSON-object met de velden van de aanmelding.", out var files, out problem))
        {
            return problem;
        }

        var result = await services.Submissions.SubmitAsync(
            callId, form, files.Attachments ?? [], request.Headers[IdempotencyHeader].FirstOrDefault(), durable, context.RequestAborted);
        return result.Outcome switch
        {
            SubmissionOutcome.Accepted => Accepted(request, result),
            SubmissionOutcome.AddressLimited => TooManyRequests.Answer(context, services.Calls.Default, result.Limit!.Value.RetryAfter, page: false, AddressLimitedText(result)),
            _ => Refusal(result),
        };
    }

    /// <summary>Why an application was refused for its contact address, and for how long.</summary>
    public static string AddressLimitedText(SubmissionResult result) =>
        $"Naar dit e-mailadres zijn de afgelopen tijd al veel berichten gestuurd. Probeer het over {TooManyRequests.Wait(result.Limit!.Value.RetryAfter)} opnieuw, of gebruik het e-mailadres van een andere contactpersoon.";

    /// <summary>The 409 for a wijk this organisation applied for already: the way to its link, never its reference.</summary>
    public const string DuplicateText =
        "Uw organisatie heeft deze wijk al aangemeld. Wij sturen de link naar die aanmelding op verzoek opnieuw naar het e-mailadres dat daarbij is opgegeven.";

    static PrivateResult Accepted(HttpRequest request, SubmissionResult result)
    {
        var application = result.Application!;
        var statusUrl = $"{request.Scheme}://{request.Host}{LinkBuilder.ReceiptApiPath(application.Id, result.ReceiptToken!)}";
        return new PrivateResult(Results.Accepted(statusUrl, new SubmissionAccepted(application.Id, WireName.Of(application.PublicStatus), statusUrl)));
    }

    /// <summary>The problem answer for every outcome but Accepted.</summary>
    static IResult Refusal(SubmissionResult result) => result.Outcome switch
    {
        SubmissionOutcome.UnknownCall => Problems.NotFound("Deze oproep bestaat niet."),
        SubmissionOutcome.CallClosed => Problems.CallClosed(CallClosedMessage(result)),
        SubmissionOutcome.Invalid => Problems.Validation(result.Errors),
        SubmissionOutcome.Duplicate => Problems.Conflict(
            "duplicate",
            "Deze aanmelding bestaat al.",
            $"{DuplicateText} Vraag dat aan met POST {ReceiptLinkEndpoint.PathFor(result.Call!.Id)} en dezelfde organisation, municipality en neighbourhood.",
            new Dictionary<string, object?> { ["receiptLink"] = ReceiptLinkEndpoint.PathFor(result.Call!.Id) }),
        SubmissionOutcome.IdempotencyKeyReused => Problems.Unprocessable(
            "idempotency-key-reused",
            "Deze Idempotency-Key is al gebruikt voor een andere aanmelding.",
            "Gebruik een nieuwe sleutel voor een nieuwe aanmelding."),
        _ => throw new InvalidOperationException($"No refusal for {result.Outcome}."),
    };

    static string CallClosedMessage(SubmissionResult result) =>
        result.Call is null
            ? "Aanmelden is niet meer mogelijk."
            : $"Aanmelden kon tot {DutchDateFormat.WithZone(result.Call.Deadline, result.Call.TimeZone)}.";
}
