using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Web;

/// <summary>The submitted data as a definition list, the same on the receipt and on the review page.</summary>
public static class ApplicationDetailsHtml
{
    public static string Render(Application app, CallDefinition call)
    {
        var form = app.Form;
        var html = new StringBuilder("<dl>");
        Row(html, "Kenmerk", app.Id);
        Row(html, "Ontvangen op", DutchDateFormat.WithZone(app.SubmittedAt, call.TimeZone));
        Row(html, "Aanmelder", ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, form.ApplicantType ?? ""));
        Row(html, "Organisatie", form.Organisation);
        Row(html, "Gemeente", form.Municipality);
        Row(html, "Wijk", form.Neighbourhood);
        Row(html, "Aantal woningen", form.Homes?.ToString("N0", CultureInfo.GetCultureInfo("nl-NL")));
        Row(html, "Aardgasvrij", ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, form.GasFreeStatus ?? ""));
        Row(html, "Opgaven", string.Join(", ", (form.Challenges ?? []).Select(c => ApplicationChoices.Label(ApplicationChoices.Challenges, c))));
        html.Append(CultureInfo.InvariantCulture, $"<dt>Motivatie</dt><dd>{Html.Paragraphs(form.Motivation)}</dd>");
        html.Append(CultureInfo.InvariantCulture, $"<dt>Partners</dt><dd>{Html.Paragraphs(string.IsNullOrEmpty(form.Partners) ? "–" : form.Partners)}</dd>");
        Row(html, "Contactpersoon", form.Contact?.Name);
        Row(html, "E-mailadres", form.Contact?.Email);
        Row(html, "Telefoon", form.Contact?.Phone);
        return html.Append("</dl>").ToString();
    }

    static void Row(StringBuilder html, string label, string? value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{Html.Encode(label)}</dt><dd>{Html.Encode(string.IsNullOrEmpty(value) ? "–" : value)}</dd>");
}
