using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Intake;

/// <summary>
/// A form posted after the deadline: the call is closed, but nothing typed is lost. The page shows every field that
/// was filled in, as text to copy, and who to write to.
/// </summary>
public static class LateSubmissionPage
{
    /// <param name="change">A change through the receipt link, not a new application: the stored one stays as it was.</param>
    public static string Render(CallDefinition call, FormValues values, bool change = false)
    {
        var deadline = DutchDateFormat.WithZone(call.Deadline, call.TimeZone);
        var html = new StringBuilder();
        html.Append(HtmlPage.Heading(change ? "Wijziging niet opgeslagen" : "Aanmelding niet ontvangen"));
        html.Append("<div class=\"utrecht-alert utrecht-alert--warning\" role=\"alert\" id=\"melding\" tabindex=\"-1\" autofocus><div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">")
            .Append("<p class=\"utrecht-paragraph\"><strong>De aanmeldtermijn is gesloten sinds ").Append(Html.Encode(deadline)).Append(".</strong> ")
            .Append(change ? "Uw wijziging is daarom niet opgeslagen; uw aanmelding blijft zoals zij was.</p>" : "Uw aanmelding is daarom niet opgeslagen.</p>")
            .Append("<p class=\"utrecht-paragraph\">Hieronder staat wat u had ingevuld; kopieer het als u het wilt bewaren. ")
            .Append("Heeft u een vraag, of denkt u dat er iets mis is gegaan? Mail dan naar ")
            .Append(HtmlPage.Link($"mailto:{call.ContactEmail}", call.ContactEmail)).Append(".</p>")
            .Append("</div></div></div>");
        html.Append(HtmlPage.SubHeading("Wat u had ingevuld"));
        html.Append("<dl class=\"utrecht-data-list utrecht-data-list--rows utrecht-data-list--html-dl\" id=\"ingevuld\">");
        foreach (var (field, label) in FormLabels.Fields)
        {
            var shown = Shown(call, field, values);
            if (shown.Length == 0)
            {
                continue;
            }

            html.Append("<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">").Append(Html.Encode(label))
                .Append("</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">").Append(Html.Paragraphs(shown)).Append("</dd></div>");
        }

        html.Append("</dl>");
        return HtmlPage.Render(call, "Fout: aanmeldtermijn gesloten", html.ToString());
    }

    /// <summary>A field as the applicant chose or typed it: choices by their Dutch labels, text exactly as typed.</summary>
    static string Shown(CallDefinition call, string field, FormValues values) => field switch
    {
        "applicantType" => Labels(ApplicationChoices.ApplicantTypes, values.All(field)),
        "gasFreeStatus" => Labels(ApplicationChoices.GasFreeStatuses, values.All(field)),
        "challenges" => Labels(ApplicationChoices.Challenges, values.All(field)),
        "municipality" => values[field].Length == 0 ? "" : call.Municipalities.Resolve(values[field]).Municipality?.Name ?? values[field],
        "consent" => values.All(field).Contains("true") ? "Gegeven" : "",
        _ => values[field],
    };

    static string Labels(IReadOnlyList<KeyValuePair<string, string>> choices, IReadOnlyList<string> chosen) =>
        DutchList.Join(chosen.Select(value => ApplicationChoices.Label(choices, value)).ToList());
}
