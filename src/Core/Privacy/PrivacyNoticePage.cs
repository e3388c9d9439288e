using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// The call's privacy notice (AVG): who is responsible, what is stored and why, who sees it, how long it is kept and
/// how to ask for access or erasure. Organisers, contact address and retention periods come from the call's
/// configuration; the text's version (<see cref="Consent.CurrentNoticeVersion"/>) is stored with each consent.
/// </summary>
public static class PrivacyNoticePage
{
    public static string Render(CallDefinition call)
    {
        var contact = $"<a class=\"utrecht-link utrecht-link--html-a\" href=\"mailto:{Html.Attribute(call.ContactEmail)}\">{Html.Encode(call.ContactEmail)}</a>";
        var html = new StringBuilder();
        html.Append(HtmlPage.Heading("Privacyverklaring"));
        html.Append(HtmlPage.Paragraph($"Voor de oproep \u201c{call.Title}\u201d verwerken wij persoonsgegevens. Hier leest u welke, waarom, wie ze ziet, hoe lang wij ze bewaren en wat uw rechten zijn."));

        html.Append(HtmlPage.SubHeading("Wie is verantwoordelijk"));
        html.Append(HtmlPage.Paragraph($"{call.OrganisersText} {(call.Organisers.Count == 1 ? "is" : "zijn")} verantwoordelijk voor de verwerking van uw gegevens voor deze oproep."));
        html.Append($"<p class=\"utrecht-paragraph\">Vragen, of een verzoek over uw gegevens? Mail naar {contact}.</p>");

        html.Append(HtmlPage.SubHeading("Welke gegevens en waarom"));
        html.Append(List(
            "Wat u in het aanmeldformulier invult: uw organisatie, de gemeente en de wijk, en uw antwoorden over de wijk.",
            "De naam, het e-mailadres en (als u het invult) het telefoonnummer van de contactpersoon.",
            "De beoordelingen van de beoordelaars, de uitkomst van de selectie en welke e-mails wij u stuurden.",
            "Uw toestemming: met welke versie van deze verklaring en wanneer."));
        html.Append(HtmlPage.Paragraph("Wij gebruiken deze gegevens alleen om uw aanmelding te behandelen: om de wijken te selecteren en daarover contact met u op te nemen. De grondslag is uw toestemming, die u met het formulier geeft."));

        html.Append(HtmlPage.SubHeading("Wie ziet uw gegevens"));
        html.Append(HtmlPage.Paragraph($"Alleen de beoordelaars en het programmabureau van {call.OrganisersText}. Wij geven uw gegevens niet aan anderen; de dienst die onze e-mails verstuurt, ziet alleen het bericht aan u."));

        html.Append(HtmlPage.SubHeading("Hoe lang wij uw gegevens bewaren"));
        html.Append(List(
            $"Tot {DutchDuration.Of(call.Retention)} nadat de selectie definitief is.",
            $"Trekt u uw aanmelding in, dan tot {DutchDuration.Of(call.WithdrawnRetention)} na het intrekken."));
        html.Append(HtmlPage.Paragraph("Daarna wissen wij alle persoonsgegevens van de oproep vanzelf. Wat blijft, is anoniem: hoeveel aanmeldingen er per status en per gemeente waren."));

        html.Append(HtmlPage.SubHeading("Uw rechten"));
        html.Append(List(
            "Inzage: op de pagina van uw aanmelding (de link in de ontvangstbevestiging) downloadt u alles wat wij over uw aanmelding bewaren.",
            $"Wissen of verbeteren: mail naar {call.ContactEmail}. Wij wissen dan alle gegevens van uw aanmelding; de wijk kan daarna opnieuw worden aangemeld zolang de oproep open is.",
            "Toestemming intrekken: trek uw aanmelding in via dezelfde pagina, of mail ons.",
            "Een klacht: u kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens."));

        html.Append(HtmlPage.Paragraph($"Versie van deze verklaring: {Consent.CurrentNoticeVersion}."));
        html.Append($"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.FormPath(call.Id), "Naar het aanmeldformulier")}</p>");
        return HtmlPage.Render(call, "Privacyverklaring", html.ToString());
    }

    static string List(params string[] items) =>
        "<ul class=\"utrecht-unordered-list\">" + string.Concat(items.Select(item => $"<li class=\"utrecht-unordered-list__item\">{Html.Encode(item)}</li>")) + "</ul>";
}
