using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Review;

/// <summary>
/// The coordinator's review page: the whole application and a plain HTML form. Nothing is decided until a person
/// presses a button, and the page has no script, so a mail scanner that opens the link decides nothing.
/// </summary>
public static class ReviewPage
{
    public const string SelectionStartedTitle = "De selectie wordt gemaakt.";
    public const string SelectionStartedText =
        "Besluiten worden niet meer aangenomen: de selectie telt de besluiten die zijn vastgelegd voordat zij begon.";

    public static string Render(ReviewResult review, string token, IReadOnlyDictionary<string, string[]>? errors = null, ReviewSubmission? typed = null)
    {
        var app = review.Application!;
        var call = review.Call!;
        errors ??= new Dictionary<string, string[]>();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Beoordelen: {Html.Encode(app.Form.Neighbourhood)} in {Html.Encode(app.Form.Municipality)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Aanmelding <strong>{Html.Encode(app.Id)}</strong> voor {Html.Encode(call.Title)}, ontvangen {Html.Encode(DutchDateFormat.WithZone(app.SubmittedAt, call.TimeZone))}. U beoordeelt als {Html.Encode(review.Coordinator)}.</p>");

        if (app.Decision is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"notice\" role=\"status\"><p>Huidig besluit: <strong>{Html.Encode(ApplicationStatusLabels.For(app.Decision.Value))}</strong>{(app.Score is null ? "" : $", score {app.Score}")}, door {Html.Encode(app.DecidedBy)} op {Html.Encode(app.DecidedAt is null ? "" : DutchDateFormat.WithZone(app.DecidedAt.Value, call.TimeZone))}. U kunt het besluit herzien tot de selectie definitief is.</p></div>");
        }

        html.Append("<h2>De aanmelding</h2>").Append(ApplicationDetailsHtml.Render(app, call));

        switch (review.Outcome)
        {
            case ReviewOutcome.SelectionStarted:
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"notice\" role=\"status\"><p><strong>{Html.Encode(SelectionStartedTitle)}</strong> {Html.Encode(SelectionStartedText)}</p></div>");
                break;
            case ReviewOutcome.SelectionFinal:
                html.Append("<div class=\"notice\" role=\"status\"><p><strong>De selectie is definitief.</strong> Besluiten kunnen niet meer worden gewijzigd.</p></div>");
                break;
            case ReviewOutcome.Withdrawn:
                html.Append("<div class=\"notice\" role=\"status\"><p><strong>Deze aanmelding is ingetrokken door de aanvrager.</strong> Beoordelen is niet nodig.</p></div>");
                break;
            default:
                html.Append(DecisionForm(app.Id, token, errors, typed ?? new ReviewSubmission { Score = app.Score }));
                break;
        }

        return HtmlPage.Render($"Beoordelen – {app.Id}", html.ToString(), call.Title);
    }

    public static string Confirmation(ReviewResult review, string token)
    {
        var app = review.Application!;
        var decision = review.Decision!;
        return HtmlPage.Render("Besluit vastgelegd", $"""
            <h1>Uw besluit is vastgelegd</h1>
            <div class="notice" role="status"><p>Aanmelding <strong>{Html.Encode(app.Id)}</strong> ({Html.Encode(app.Form.Neighbourhood)}, {Html.Encode(app.Form.Municipality)}):
            <strong>{Html.Encode(ApplicationStatusLabels.For(decision.Decision))}</strong>{(decision.Score is null ? "" : $", score {decision.Score}")}.</p></div>
            <p>De aanvrager hoort de uitkomst pas als de selectie definitief is. Tot die tijd kunt u uw besluit herzien.</p>
            <p><a href="/review/{Html.Attribute(Uri.EscapeDataString(app.Id))}?token={Html.Attribute(Uri.EscapeDataString(token))}">Terug naar de aanmelding</a></p>
            """, review.Call!.Title);
    }

    static string DecisionForm(string id, string token, IReadOnlyDictionary<string, string[]> errors, ReviewSubmission typed)
    {
        var html = new StringBuilder();
        html.Append("<h2>Uw besluit</h2>");
        if (errors.Count > 0)
        {
            html.Append("<div class=\"summary\" role=\"alert\"><ul>");
            foreach (var message in errors.Values.SelectMany(m => m))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(message)}</li>");
            }

            html.Append("</ul></div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/review/{Html.Attribute(Uri.EscapeDataString(id))}\">");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"token\" value=\"{Html.Attribute(token)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"score\">Score (niet verplicht)</label><p class=\"hint\">{ScoreScale.Min} is zwak, {ScoreScale.Max} is uitstekend. Zonder score telt een goedgekeurde aanmelding als {ScoreScale.Default}.</p><select id=\"score\" name=\"score\"><option value=\"\">Geen score</option>");
        for (var score = ScoreScale.Min; score <= ScoreScale.Max; score++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{score}\"{(typed.Score == score ? " selected" : "")}>{score}</option>");
        }

        html.Append("</select></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"note\">Toelichting (niet verplicht)</label><textarea id=\"note\" name=\"note\" maxlength=\"{ReviewService.MaxNoteLength}\">{Html.Encode(typed.Note)}</textarea></div>");
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\" name=\"decision\" value=\"{WireName.Of(Decision.Approved)}\">Goedkeuren</button> ");
        html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" name=\"decision\" value=\"{WireName.Of(Decision.Rejected)}\" class=\"danger\">Afwijzen</button></p>");
        html.Append("</form>");
        return html.ToString();
    }
}
