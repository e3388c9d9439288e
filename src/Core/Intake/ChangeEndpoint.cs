using System.Globalization;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// The applicant's change through the receipt link (<see cref="ChangeService"/>): <c>GET /applications/{id}/change?token=</c>
/// shows the form filled in, <c>POST</c> there stores it (303 to the receipt, or the form again with everything typed),
/// and <c>PUT /api/applications/{id}?token=</c> is the JSON twin, with the version as ETag and If-Match.
/// </summary>
public static class ChangeEndpoint
{
    const string StaleText =
        "Uw aanmelding is intussen gewijzigd, bijvoorbeeld in een ander venster. Uw wijziging is niet opgeslagen. " +
        "Hieronder staat wat u nu invulde; controleer het en sla het opnieuw op als dit de versie is die u wilt.";

    const string NotChangeableText = "Deze aanmelding kan niet meer worden gewijzigd: zij is ingetrokken, of de selectie is begonnen.";

    /// <summary>The version as an HTTP entity tag.</summary>
    public static string ETagOf(Application application) => $"\"{application.Version.ToString(CultureInfo.InvariantCulture)}\"";

    public static Task<IResult> PageAsync(HttpContext context, string id, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var opened = await services.Receipts.OpenAsync(id, token, context.RequestAborted);
            if (!opened.Found || opened.Expired)
            {
                return NotOpened(services.Calls.Default, opened.Expired);
            }

            var (application, call) = (opened.Application!, opened.Call!);
            if (!call.IsOpenAt(services.Time.GetUtcNow()))
            {
                return Closed(call);
            }

            return application.CanBeChanged
                ? new HtmlPageResult(FormPage.Render(call, FormValues.Of(application.Form), new Dictionary<string, string[]>(), "", change: Target(application, token)))
                : HtmlPage.Message(call, "Wijzigen niet mogelijk", NotChangeableText, StatusCodes.Status409Conflict);
        });

    public static Task<IResult> FormAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body is null)
            {
                return HtmlPage.Message(services.Calls.Default, "Te groot", "Het verzoek is te groot.", StatusCodes.Status413PayloadTooLarge);
            }

            if (!RequestBody.IsForm(context.Request) || !RequestBody.TryParseForm(body, out var fields))
            {
                return HtmlPage.Message(services.Calls.Default, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
            }

            var values = new FormValues(fields);
            var form = FormBinding.Bind(values, out var bindingErrors);
            int? version = int.TryParse(values[FormBinding.VersionField], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            if (bindingErrors.Count > 0)
            {
                // Nothing is stored with a field that did not bind (a number that is none): the form again, with the
                // binding's mistakes and the rules that could be checked on the rest.
                var opened = await services.Receipts.OpenAsync(id, token, context.RequestAborted);
                if (!opened.Found)
                {
                    return NotOpened(services.Calls.Default, opened.Expired);
                }

                return new HtmlPageResult(
                    FormPage.Render(opened.Call!, values, FormBinding.AllErrors(form, bindingErrors, opened.Call!), "", change: Target(opened.Application!, token, version)),
                    StatusCodes.Status400BadRequest);
            }

            var result = await services.Changes.ChangeAsync(id, token, form, version, durable, context.RequestAborted);
            var call = result.Call ?? services.Calls.Default;
            IResult Again(IReadOnlyDictionary<string, string[]> errors, int status, string? notice = null, int? shownVersion = null) =>
                new HtmlPageResult(FormPage.Render(call, values, errors, "", notice, change: Target(result.Application!, token, shownVersion ?? version ?? result.Application!.Version)), status);

            return result.Outcome switch
            {
                ChangeOutcome.Changed => new SeeOther(LinkBuilder.ReceiptPath(id, token)),
                ChangeOutcome.Invalid => Again(result.Errors, StatusCodes.Status400BadRequest),
                ChangeOutcome.Duplicate => Again(new Dictionary<string, string[]>(), StatusCodes.Status409Conflict, DuplicateText),
                ChangeOutcome.Stale => Again(new Dictionary<string, string[]>(), StatusCodes.Status409Conflict, StaleText, result.Application!.Version),
                ChangeOutcome.AddressLimited => AddressLimited(context, result, Again),
                ChangeOutcome.CallClosed => new HtmlPageResult(LateSubmissionPage.Render(call, values, change: true), StatusCodes.Status409Conflict),
                ChangeOutcome.NotChangeable => HtmlPage.Message(call, "Wijzigen niet mogelijk", NotChangeableText, StatusCodes.Status409Conflict),
                _ => NotOpened(call, result.Outcome == ChangeOutcome.LinkExpired),
            };
        });

    public static Task<IResult> JsonAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            if (!RequestBody.IsJson(context.Request))
            {
                return Problems.UnsupportedMediaType();
            }

            var ifMatch = context.Request.Headers.IfMatch.ToString();
            int? expected = null;
            if (ifMatch.Length > 0 && ifMatch != "*")
            {
                if (!TryParseETag(ifMatch, out var parsed))
                {
                    return Problems.PreconditionFailed("If-Match noemt geen versie van deze aanmelding. Gebruik de ETag van GET /api/applications/{id}.");
                }

                expected = parsed;
            }

            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body is null)
            {
                return Problems.TooLarge(RequestBody.MaxBytes);
            }

            if (!JsonBody.TryDeserialize<ApplicationForm>(body, "Stuur een JSON-object met alle velden van de aanmelding zoals zij moet worden.", out var form, out var problem))
            {
                return problem;
            }

            var result = await services.Changes.ChangeAsync(id, context.Request.Query["token"].ToString(), form, expected, durable, context.RequestAborted);
            var call = result.Call ?? services.Calls.Default;
            switch (result.Outcome)
            {
                case ChangeOutcome.Changed:
                    context.Response.Headers.ETag = ETagOf(result.Application!);
                    return PrivateResult.Json(ReceiptEndpoint.View(result.Application!, call));
                case ChangeOutcome.Invalid:
                    return Problems.Validation(result.Errors);
                case ChangeOutcome.Duplicate:
                    return Problems.Conflict("duplicate", "Deze wijk is al aangemeld.", DuplicateText);
                case ChangeOutcome.Stale:
                    context.Response.Headers.ETag = ETagOf(result.Application!);
                    return Problems.PreconditionFailed("De aanmelding is gewijzigd sinds deze versie. Haal de huidige op (GET), en stuur de wijziging opnieuw met de nieuwe ETag in If-Match.");
                case ChangeOutcome.AddressLimited:
                    return TooManyRequests.Answer(context, call, result.Limit!.Value.RetryAfter, page: false, AddressLimitedText(result));
                case ChangeOutcome.CallClosed:
                    return Problems.CallClosed($"Wijzigen kon tot en met {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.");
                case ChangeOutcome.NotChangeable:
                    return Problems.Conflict("not-changeable", "Wijzigen niet mogelijk.", NotChangeableText);
                case ChangeOutcome.LinkExpired:
                    return Problems.Gone("Deze link is verlopen.");
                default:
                    return Problems.NotFound("Deze aanmelding bestaat niet, of het token klopt niet.");
            }
        });

    /// <summary>A wijk the organisation applied for already, in another application.</summary>
    const string DuplicateText =
        "Uw organisatie heeft deze wijk al aangemeld in een andere aanmelding. Uw wijziging is niet opgeslagen; kies een andere wijk, of trek eerst die andere aanmelding in.";

    static string AddressLimitedText(ChangeResult result) =>
        $"Naar dit e-mailadres zijn de afgelopen tijd al veel berichten gestuurd. Probeer het over {TooManyRequests.Wait(result.Limit!.Value.RetryAfter)} opnieuw.";

    static IResult AddressLimited(HttpContext context, ChangeResult result, Func<IReadOnlyDictionary<string, string[]>, int, string?, int?, IResult> again)
    {
        TooManyRequests.SetRetryAfter(context, result.Limit!.Value.RetryAfter);
        return again(new Dictionary<string, string[]>(), StatusCodes.Status429TooManyRequests, AddressLimitedText(result), null);
    }

    static ChangeForm Target(Application application, string token, int? version = null) =>
        new(application.Id, LinkBuilder.ChangePath(application.Id, token), version ?? application.Version);

    static IResult Closed(CallDefinition call) =>
        HtmlPage.Message(call, "Wijzigen niet meer mogelijk",
            $"De aanmeldtermijn is gesloten sinds {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}. Wijzigen kan niet meer; uw aanmelding blijft zoals zij is. Heeft u een vraag, mail dan naar {call.ContactEmail}.",
            StatusCodes.Status409Conflict);

    static IResult NotOpened(CallDefinition call, bool expired) =>
        expired
            ? HtmlPage.Message(call, "Link verlopen", $"Deze link naar uw aanmelding is verlopen. Mail naar {call.ContactEmail} als u iets wilt wijzigen.", StatusCodes.Status410Gone)
            : HtmlPage.Message(call, "Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet. Gebruik de link uit de ontvangstbevestiging.", StatusCodes.Status404NotFound);

    static bool TryParseETag(string header, out int version)
    {
        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        version = 0;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
