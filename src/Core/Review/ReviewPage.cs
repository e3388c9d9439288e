using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Review;

/// <summary>
/// The beoordelaar's review page: the whole application and a plain HTML form. Nothing is decided until a person
/// presses a button, and the page has no script, so a mail scanner that opens the link decides nothing.
/// </summary>
public static class ReviewPage
{
    public const string SelectionStartedTitle = "De selectie wordt gemaakt.";
    public const string SelectionStartedText =
        "Besluiten worden niet meer aangenomen: de selectie telt de besluiten die zijn vastgelegd voordat zij begon.";

    /// <summary>Where each field's message in the error summary leads.</summary>
    static readonly Dictionary<string, string> FieldIds = new(StringComparer.Ordinal)
    {
        ["decision"] = "decision",
        ["score"] = "score",
        ["note"] = "note",
    };

    public static string Render(ReviewResult review, string token, IReadOnlyDictionary<string, string[]>? errors = null, ReviewSubmission? typed = null)
    {
        var app = review.Application!;
        var call = review.Call!;
        errors ??= new Dictionary<string, string[]>();
        var html = new StringBuilder();
        html.Append(HtmlPage.Heading($"Beoordelen: {app.Form.Neighbourhood} in {app.Form.Municipality}"));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">Aanmelding <strong>{Html.Encode(app.Id)}</strong> voor {Html.Encode(call.Title)}, ontvangen {Html.Encode(DutchDateFormat.WithZone(app.SubmittedAt, call.TimeZone))}. U beoordeelt als {Html.Encode(review.Coordinator)}.</p>");

        if (errors.Count > 0)
        {
            html.Append(ErrorSummary(errors));
        }

        var standing = new ReviewStanding(app.Reviews);
        if (app.Decision is not null)
        {
            var count = standing.Reviews.Count == 1 ? "1 beoordeling" : $"{standing.Reviews.Count} beoordelingen";
            html.Append(HtmlPage.Alert("info", $"<p class=\"utrecht-paragraph\">Huidig besluit: <strong>{Html.Encode(ApplicationStatusLabels.For(app.Decision.Value))}</strong>{(app.Score is null ? "" : $", score {app.Score}")}, op grond van {count}. U kunt uw eigen beoordeling herzien tot de selectie definitief is.</p>"));
        }

        html.Append(HtmlPage.SubHeading("Beoordelingen")).Append(ReviewsHtml.Render(call, standing, app));
        html.Append(HtmlPage.SubHeading("De aanmelding")).Append(ApplicationDetailsHtml.Render(app, call, a => LinkBuilder.ReviewAttachmentPath(app.Id, a.Id, token)));

        switch (review.Outcome)
        {
            case ReviewOutcome.SelectionStarted:
                html.Append(HtmlPage.Alert("info", $"<p class=\"utrecht-paragraph\"><strong>{Html.Encode(SelectionStartedTitle)}</strong> {Html.Encode(SelectionStartedText)}</p>"));
                break;
            case ReviewOutcome.SelectionFinal:
                html.Append(HtmlPage.Alert("info", "<p class=\"utrecht-paragraph\"><strong>De selectie is definitief.</strong> Besluiten kunnen niet meer worden gewijzigd.</p>"));
                break;
            case ReviewOutcome.Withdrawn:
                html.Append(HtmlPage.Alert("info", "<p class=\"utrecht-paragraph\"><strong>Deze aanmelding is ingetrokken door de aanmelder.</strong> Beoordelen is niet nodig.</p>"));
                break;
            default:
                html.Append(DecisionForm(app.Id, token, errors, typed ?? OwnReview(app, review.Coordinator)));
                break;
        }

        var what = $"{app.Form.Neighbourhood}, {app.Form.Municipality}";
        return HtmlPage.Render(call, errors.Count > 0 ? $"Fout: {what} beoordelen" : $"Beoordelen: {what}", html.ToString());
    }

    /// <summary>The form as this coordinator left it last time: their own score and note, not another reviewer's.</summary>
    static ReviewSubmission OwnReview(Application app, string? coordinator) =>
        app.Reviews.FirstOrDefault(r => string.Equals(r.Coordinator, coordinator, StringComparison.OrdinalIgnoreCase)) is { } own
            ? new ReviewSubmission { Score = own.Score, Note = own.Note }
            : new ReviewSubmission();

    public static string Confirmation(ReviewResult review, string token)
    {
        var app = review.Application!;
        var decision = review.Decision!;
        var body = HtmlPage.Heading("Uw besluit is vastgelegd")
            + HtmlPage.Alert("ok", $"""
                <p class="utrecht-paragraph">Aanmelding <strong>{Html.Encode(app.Id)}</strong> ({Html.Encode(app.Form.Neighbourhood)}, {Html.Encode(app.Form.Municipality)}):
                <strong>{Html.Encode(ApplicationStatusLabels.For(decision.Decision))}</strong>{(decision.Score is null ? "" : $", score {decision.Score}")}.</p>
                """)
            + HtmlPage.Paragraph("De aanmelder hoort de uitkomst pas als de selectie definitief is. Tot die tijd kunt u uw besluit herzien.")
            + $"<p class=\"utrecht-paragraph\">{HtmlPage.Link($"/review/{Uri.EscapeDataString(app.Id)}?token={Uri.EscapeDataString(token)}", "Terug naar de aanmelding")}</p>";
        return HtmlPage.Render(review.Call!, $"Besluit vastgelegd: {app.Form.Neighbourhood}, {app.Form.Municipality}", body);
    }

    static string ErrorSummary(IReadOnlyDictionary<string, string[]> errors) =>
        FormFields.ErrorSummary(
            "Uw besluit is niet vastgelegd",
            errors.SelectMany(e => e.Value.Select(message => (FieldIds.GetValueOrDefault(e.Key, "uw-besluit"), message))));

    static string DecisionForm(string id, string token, IReadOnlyDictionary<string, string[]> errors, ReviewSubmission typed)
    {
        var html = new StringBuilder();
        html.Append("<h2 class=\"utrecht-heading-2\" id=\"uw-besluit\">Uw besluit</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<form class=\"utrecht-form\" method=\"post\" action=\"/review/{Html.Attribute(Uri.EscapeDataString(id))}\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"token\" value=\"{Html.Attribute(token)}\">");

        var scoreOptions = new StringBuilder("<option value=\"\">Geen score</option>");
        for (var score = ScoreScale.Min; score <= ScoreScale.Max; score++)
        {
            scoreOptions.Append(CultureInfo.InvariantCulture, $"<option value=\"{score}\"{(typed.Score == score ? " selected" : "")}>{score}</option>");
        }

        html.Append(Field("score", "Score (niet verplicht)", errors,
            $"{ScoreScale.Min} is zwak, {ScoreScale.Max} is uitstekend. Zonder score telt een goedgekeurde aanmelding als {ScoreScale.Default}.",
            describedBy => $"<select class=\"utrecht-select utrecht-select--html-select{Invalid("utrecht-select", "score", errors)}\" id=\"score\" name=\"score\"{describedBy}>{scoreOptions}</select>"));
        html.Append(Field("note", "Toelichting (niet verplicht)", errors, $"Hoogstens {ReviewService.MaxNoteLength} tekens; de aanmelder ziet de toelichting niet.",
            describedBy => $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{Invalid("utrecht-textarea", "note", errors)}\" id=\"note\" name=\"note\" maxlength=\"{ReviewService.MaxNoteLength}\"{describedBy}>{Html.Encode(typed.Note)}</textarea>"));

        var decisionDescribed = errors.ContainsKey("decision") ? " aria-describedby=\"decision-fout\"" : "";
        html.Append(ErrorText("decision", errors));
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-button-group\"><button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\" id=\"decision\" name=\"decision\" value=\"{WireName.Of(Decision.Approved)}\"{decisionDescribed}>Goedkeuren</button> ");
        html.Append(CultureInfo.InvariantCulture, $"<button class=\"utrecht-button utrecht-button--primary-action utrecht-button--danger\" type=\"submit\" name=\"decision\" value=\"{WireName.Of(Decision.Rejected)}\"{decisionDescribed}>Afwijzen</button></div>");
        html.Append("</form>");
        return html.ToString();
    }

    /// <summary>A labelled control with its hint and error message, both tied to it with aria-describedby.</summary>
    static string Field(string field, string label, IReadOnlyDictionary<string, string[]> errors, string hint, Func<string, string> control)
    {
        var invalid = errors.ContainsKey(field);
        return FormFields.Field(invalid,
            FormFields.Label(field, label)
            + FormFields.Description($"{field}-uitleg", hint)
            + ErrorText(field, errors)
            + $"<div class=\"utrecht-form-field__input\">{control(FormFields.DescribedBy(invalid, invalid ? $"{field}-fout" : null, $"{field}-uitleg"))}</div>");
    }

    static string ErrorText(string field, IReadOnlyDictionary<string, string[]> errors) =>
        FormFields.ErrorMessage($"{field}-fout", errors.GetValueOrDefault(field));

    static string Invalid(string component, string field, IReadOnlyDictionary<string, string[]> errors) =>
        errors.ContainsKey(field) ? $" {component}--invalid" : "";
}
