using System.Globalization;
using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Web;

/// <summary>The beoordelaars' reviews of one application, the same on the review page and in the overview: each one's latest, with its note.</summary>
public static class ReviewsHtml
{
    /// <summary>The marker of a review older than the application (<see cref="Application.IsOfEarlierVersion"/>).</summary>
    public const string EarlierVersion = "beoordeeld op een eerdere versie";

    /// <param name="application">The application reviewed: a review of an earlier version than its current one says so.</param>
    public static string Render(CallDefinition call, ReviewStanding standing, Application application)
    {
        if (standing.Reviews.Count == 0)
        {
            return HtmlPage.Paragraph("Nog niemand heeft deze aanmelding beoordeeld.");
        }

        var html = new StringBuilder();
        if (standing.Disagree)
        {
            html.Append(HtmlPage.Alert("warning", "<p class=\"utrecht-paragraph\"><strong>De beoordelaars zijn het oneens.</strong> Hieronder staat ieders laatste besluit.</p>"));
        }

        html.Append("<ul class=\"utrecht-unordered-list\">");
        foreach (var review in standing.Reviews)
        {
            html.Append("<li class=\"utrecht-unordered-list__item\">").Append(Sentence(call, review));
            if (application.IsOfEarlierVersion(review))
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><strong>Let op: {EarlierVersion}</strong> (versie {review.Version}; de aanmelder heeft haar daarna gewijzigd, nu versie {application.Version}).");
            }

            html.Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    /// <summary>"<b>who</b>: Goedgekeurd, score 4 (when)" and the note under it.</summary>
    public static string Sentence(CallDefinition call, CoordinatorDecision review, bool withTime = true)
    {
        var text = new StringBuilder();
        text.Append("<strong>").Append(Html.Encode(review.Coordinator)).Append("</strong>: ")
            .Append(Html.Encode(ApplicationStatusLabels.For(review.Decision)))
            .Append(review.Score is { } score ? Html.Encode($", score {score}") : "");
        if (withTime)
        {
            text.Append(Html.Encode($" ({DutchDateFormat.WithZone(review.DecidedAt, call.TimeZone)})"));
        }

        return text.Append(review.Note is { Length: > 0 } note ? $"<br>Toelichting: {Html.Encode(note)}" : "").ToString();
    }
}
