using System.Globalization;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Review;

/// <summary>
/// <c>GET /review/{id}?token=</c> (read only), <c>POST /review/{id}</c> (the form, token in the body) and the JSON
/// twin <c>POST /api/applications/{id}/review</c>; the rules are <see cref="ReviewService"/>'s.
/// </summary>
public static class ReviewEndpoint
{
    public static Task<IResult> PageAsync(HttpContext context, string id, [AsParameters] ReviewServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var review = await services.Reviews.OpenAsync(id, token, context.RequestAborted);
            return PageFor(review, token, services.Calls.Default);
        });

    public static Task<IResult> FormPostAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] ReviewServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var anyCall = services.Calls.Default;
            if (!RequestBody.IsForm(context.Request))
            {
                return HtmlPage.Message(anyCall, "Niet ondersteund", "Verstuur het besluit met het formulier op de beoordelingspagina.", StatusCodes.Status415UnsupportedMediaType);
            }

            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body is null)
            {
                return HtmlPage.Message(anyCall, "Te groot", "Het formulier is te groot.", StatusCodes.Status413PayloadTooLarge);
            }

            if (!RequestBody.TryParseForm(body, out var fields))
            {
                return HtmlPage.Message(anyCall, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen.", StatusCodes.Status400BadRequest);
            }

            var scoreText = fields.TryGetValue("score", out var s) ? s.ToString().Trim() : "";
            var submission = new ReviewSubmission
            {
                Token = fields.TryGetValue("token", out var t) ? t.ToString() : null,
                Decision = fields.TryGetValue("decision", out var d) ? d.ToString() : null,
                Score = int.TryParse(scoreText, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : scoreText.Length > 0 ? -1 : null,
                Note = fields.TryGetValue("note", out var n) ? n.ToString() : null,
            };

            var result = await services.Reviews.DecideAsync(id, submission, durable, context.RequestAborted);
            return result.Outcome switch
            {
                ReviewOutcome.Recorded => new HtmlPageResult(ReviewPage.Confirmation(result, submission.Token!)),
                ReviewOutcome.Invalid => new HtmlPageResult(ReviewPage.Render(result, submission.Token!, result.Errors, submission), StatusCodes.Status400BadRequest),
                ReviewOutcome.SelectionStarted or ReviewOutcome.SelectionFinal or ReviewOutcome.Withdrawn =>
                    new HtmlPageResult(ReviewPage.Render(result, submission.Token!), StatusCodes.Status409Conflict),
                _ => PageFor(result, submission.Token ?? "", anyCall),
            };
        });

    public static Task<IResult> JsonAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] ReviewServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (submission, problem) = await JsonBody.ReadAsync<ReviewSubmission>(context.Request, "Stuur een JSON-object met token, decision, score en note.", context.RequestAborted);
            if (submission is null)
            {
                return problem!;
            }

            var result = await services.Reviews.DecideAsync(id, submission, durable, context.RequestAborted);
            return result.Outcome switch
            {
                ReviewOutcome.Recorded => PrivateResult.Json(new
                {
                    id,
                    decision = result.Decision!.Decision,
                    score = result.Decision.Score,
                    decidedBy = result.Decision.Coordinator,
                    decidedAt = result.Decision.DecidedAt,
                    eventId = result.Decision.EventId,
                }),
                ReviewOutcome.Invalid => Problems.Validation(result.Errors),
                ReviewOutcome.Forbidden => Problems.Forbidden(ForbiddenText),
                ReviewOutcome.Expired => Problems.Gone(ExpiredText),
                ReviewOutcome.Withdrawn => Problems.Conflict("withdrawn", "De aanmelding is ingetrokken.", "Een ingetrokken aanmelding wordt niet beoordeeld."),
                ReviewOutcome.SelectionStarted => Problems.Conflict("selection-started", ReviewPage.SelectionStartedTitle, ReviewPage.SelectionStartedText + " Dit besluit is niet vastgelegd."),
                _ => Problems.Conflict("selection-final", "De selectie is definitief.", "Besluiten kunnen niet meer worden gewijzigd."),
            };
        });

    /// <summary>One answer for a wrong link, a link of someone who is no longer a coordinator, and an unknown application.</summary>
    const string ForbiddenText = "Deze beoordelingslink is niet (meer) geldig. Gebruik de link uit de meest recente e-mail, of neem contact op met de programmaleiding.";

    const string ExpiredText = "Deze beoordelingslink is verlopen: de beoordelingstermijn is voorbij. Neem contact op met de programmaleiding.";

    /// <summary>The review page, or the refusal when the link does not open it.</summary>
    public static IResult PageFor(ReviewResult review, string token, CallDefinition anyCall)
    {
        var call = review.Call ?? anyCall;
        return review.Outcome switch
        {
            ReviewOutcome.Forbidden => HtmlPage.Message(call, "Geen toegang", ForbiddenText, StatusCodes.Status403Forbidden),
            ReviewOutcome.Expired => HtmlPage.Message(call, "Link verlopen", $"Deze beoordelingslink is verlopen: de beoordelingstermijn is voorbij. Mail naar {call.ContactEmail} als u nog iets wilt doorgeven.", StatusCodes.Status410Gone),
            _ => new HtmlPageResult(ReviewPage.Render(review, token)),
        };
    }
}
