using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary>The sign-in pages: ask for a link, "look in your mailbox", and the page behind the e-mailed link with its button.</summary>
public static class SignInPage
{
    /// <summary>What every request for a link is told, whatever the address.</summary>
    public const string Answer =
        "Als dit e-mailadres bij de beoordelaars van deze oproep hoort, ontvangt u binnen enkele minuten een e-mail met een inloglink. " +
        "Ziet u hem niet, kijk dan ook bij de ongewenste e-mail.";

    public static string AskPath(string callId) => LinkBuilder.OfficePath(callId) + "/sign-in";

    public static string LinkPath(string callId) => LinkBuilder.OfficePath(callId) + "/sign-in/link";

    public static string SignOutPath(string callId) => LinkBuilder.OfficePath(callId) + "/sign-out";

    public static IResult Ask(CallDefinition call, string? typed = null, string? error = null, int statusCode = StatusCodes.Status200OK)
    {
        var invalid = error is not null;
        var html = new StringBuilder();
        if (invalid)
        {
            html.Append(FormFields.ErrorSummary("Er ging iets mis", [("email", error!)]));
        }

        html.Append(HtmlPage.Heading("Inloggen voor beoordelaars"))
            .Append(HtmlPage.Paragraph("Vul uw e-mailadres in. Bent u beoordelaar van deze oproep, dan sturen wij u een link waarmee u inlogt. U heeft geen wachtwoord nodig."))
            .Append("<form class=\"utrecht-form\" method=\"post\" action=\"").Append(Html.Attribute(AskPath(call.Id))).Append("\" novalidate>")
            .Append(FormFields.Field(invalid,
                FormFields.Label("email", "E-mailadres")
                + FormFields.ErrorMessage("email-fout", invalid ? [error!] : null)
                + $"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}\" type=\"email\" id=\"email\" name=\"email\" autocomplete=\"email\" spellcheck=\"false\" value=\"{Html.Attribute(typed)}\"{FormFields.DescribedBy(invalid, invalid ? "email-fout" : null)}></div>"))
            .Append("<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">Stuur mij een inloglink</button></form>");
        return HtmlPage.Result(call, invalid ? "Fout: inloggen voor beoordelaars" : "Inloggen voor beoordelaars", html.ToString(), statusCode);
    }

    public static IResult Sent(CallDefinition call) =>
        HtmlPage.Message(call, "Kijk in uw e-mail", Answer, StatusCodes.Status200OK,
            $"<p class=\"utrecht-paragraph\">De link werkt {(int)OfficeTokens.LinkLifetime.TotalMinutes} minuten en één keer. {HtmlPage.Link(AskPath(call.Id), "Opnieuw een link vragen")}</p>");

    /// <summary>The page behind the e-mailed link: it only shows a button, so opening the link signs in nobody.</summary>
    public static IResult Confirm(CallDefinition call, string token) =>
        HtmlPage.Result(call, "Inloggen bevestigen",
            HtmlPage.Heading("Inloggen bevestigen")
            + HtmlPage.Paragraph($"U logt in bij het overzicht van de aanmeldingen voor \u201c{call.Title}\u201d.")
            + $"<form class=\"utrecht-form\" method=\"post\" action=\"{Html.Attribute(LinkPath(call.Id))}\">"
            + $"<input type=\"hidden\" name=\"token\" value=\"{Html.Attribute(token)}\">"
            + "<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">Inloggen</button></form>");

    /// <summary>Why a link did not sign in, with the way to a new one.</summary>
    public static IResult Refused(CallDefinition call, SignInLinkState state)
    {
        var (title, text, status) = state switch
        {
            SignInLinkState.Expired => ("Link verlopen", "Deze inloglink is verlopen.", StatusCodes.Status410Gone),
            SignInLinkState.Used => ("Link al gebruikt", "Met deze inloglink is al ingelogd. Een link werkt één keer.", StatusCodes.Status409Conflict),
            _ => ("Link niet geldig", "Deze inloglink is niet geldig. Gebruik de link uit de e-mail, of vraag een nieuwe aan.", StatusCodes.Status403Forbidden),
        };
        return HtmlPage.Message(call, title, text, status, $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(AskPath(call.Id), "Een nieuwe inloglink vragen")}</p>");
    }

    public static IResult SignedOut(CallDefinition call) =>
        HtmlPage.Message(call, "U bent uitgelogd", "U bent uitgelogd. Tot een volgende keer.", StatusCodes.Status200OK,
            $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(AskPath(call.Id), "Opnieuw inloggen")}</p>");
}
