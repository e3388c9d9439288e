using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Intake;

/// <summary>
/// The application form (DESIGN §5): Dutch, semantic, labelled, usable without JavaScript. Shown again after a
/// mistake with every message beside its field and everything typed kept.
/// </summary>
public static class FormPage
{
    /// <summary>The fields in the order the form shows them; the error summary follows it, so it reads as the form does.</summary>
    static readonly string[] FieldOrder =
    [
        "applicantType", "organisation", "municipality", "neighbourhood", "homes", "gasFreeStatus", "challenges", "motivation",
        "partners", "contact.name", "contact.email", "contact.phone", "consent",
    ];

    /// <param name="offerReceiptLink">The wijk was applied for already: offer to send that application's link again.</param>
    public static string Render(
        CallDefinition call, FormValues values, IReadOnlyDictionary<string, string[]> errors, string idempotencyKey, string? notice = null, bool offerReceiptLink = false)
    {
        var deadline = DutchDateFormat.WithZone(call.Deadline, call.TimeZone);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Aanmelden: {Html.Encode(call.Title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Een oproep van {Html.Encode(string.Join(" en ", call.Organisers))}. ");
        html.Append(CultureInfo.InvariantCulture, $"Er zijn <strong>{call.Capacity} plaatsen</strong>");
        html.Append(call.OnePerMunicipality ? ", één wijk per gemeente. " : ". ");
        html.Append(CultureInfo.InvariantCulture, $"Aanmelden kan tot en met <strong>{Html.Encode(deadline)}</strong>.</p>");

        if (notice is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"summary\" role=\"alert\"><p>{Html.Encode(notice)}</p>{(offerReceiptLink ? ReceiptLinkButton(call, values) : "")}</div>");
        }

        if (errors.Count > 0)
        {
            html.Append("<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"fouten\"><p><strong>Niet alles is goed ingevuld.</strong> Controleer:</p><ul>");
            foreach (var (field, messages) in errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Key) is var i and >= 0 ? i : FieldOrder.Length))
            {
                foreach (var message in messages)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Id(field)}\">{Html.Encode(message)}</a></li>");
                }
            }

            html.Append("</ul></div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/api/calls/{Html.Attribute(Uri.EscapeDataString(call.Id))}/applications\" novalidate>");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{FormBinding.IdempotencyField}\" value=\"{Html.Attribute(idempotencyKey)}\">");

        html.Append("<fieldset><legend>Uw organisatie</legend>");
        html.Append(Radios("applicantType", "Wie meldt aan?", ApplicationChoices.ApplicantTypes.Where(c => call.ApplicantTypes.Contains(c.Key)).ToList(), values, errors));
        html.Append(TextInput("organisation", "Naam van de organisatie", values, errors, maxLength: 200, autocomplete: "organization"));
        html.Append("</fieldset>");

        html.Append("<fieldset><legend>De wijk</legend>");
        html.Append(MunicipalitySelect(call, values, errors));
        html.Append(TextInput("neighbourhood", "Wijk", values, errors, maxLength: 100));
        html.Append(TextInput("homes", "Aantal woningen (niet verplicht)", values, errors, type: "text", inputMode: "numeric", hint: "Een heel getal, bijvoorbeeld 1200."));
        html.Append(Radios("gasFreeStatus", "Is de wijk aangewezen om van het aardgas af te gaan?", ApplicationChoices.GasFreeStatuses, values, errors));
        html.Append(Checkboxes("challenges", "Welke opgaven spelen er in de wijk?", ApplicationChoices.Challenges, values, errors, "Kies er één of meer."));
        html.Append(TextArea("motivation", "Motivatie", values, errors, 5000, "Waarom wilt u meedoen, en wat wilt u in de wijk bereiken? 100 tot 5000 tekens."));
        html.Append(TextArea("partners", "Partners (niet verplicht)", values, errors, 2000, "Met wie werkt u samen, bijvoorbeeld woningcorporaties of bewonersorganisaties?"));
        html.Append("</fieldset>");

        html.Append("<fieldset><legend>Contactpersoon</legend>");
        html.Append(TextInput("contact.name", "Naam", values, errors, maxLength: 100, autocomplete: "name"));
        html.Append(TextInput("contact.email", "E-mailadres", values, errors, type: "email", maxLength: 254, autocomplete: "email", hint: "Hierheen sturen wij de ontvangstbevestiging en de uitkomst."));
        html.Append(TextInput("contact.phone", "Telefoonnummer (niet verplicht)", values, errors, type: "tel", maxLength: 30, autocomplete: "tel"));
        html.Append("</fieldset>");

        html.Append(Field("consent", errors, inner: $"""
            <label class="choice"><input type="checkbox" id="consent" name="consent" value="true"{(values.All("consent").Contains("true") ? " checked" : "")}{Described("consent", errors)}>
            Ik ga ermee akkoord dat Platform31 en Nyenrode deze gegevens gebruiken voor de selectie en daarover contact met mij opnemen.</label>
            """));

        // Hidden from people (and from screen readers); bots that fill every field give themselves away.
        html.Append($"<div class=\"trap\" aria-hidden=\"true\"><label for=\"{FormBinding.TrapField}\">Laat dit veld leeg</label><input type=\"text\" id=\"{FormBinding.TrapField}\" name=\"{FormBinding.TrapField}\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        html.Append("<p><button type=\"submit\">Aanmelding versturen</button></p>");
        html.Append("</form>");
        return HtmlPage.Render($"Aanmelden – {call.Title}", html.ToString(), string.Join(" en ", call.Organisers));
    }

    public static string Closed(CallDefinition call) =>
        HtmlPage.Render(
            $"Gesloten – {call.Title}",
            $"""
            <h1>{Html.Encode(call.Title)}</h1>
            <div class="notice" role="status"><p><strong>Aanmelden is gesloten sinds {Html.Encode(DutchDateFormat.WithZone(call.Deadline, call.TimeZone))}.</strong></p></div>
            <p>De beoordelaars bekijken nu de aanmeldingen. Iedereen die zich heeft aangemeld hoort de uitkomst tegelijk per e-mail.</p>
            <p>Een oproep van {Html.Encode(string.Join(" en ", call.Organisers))}.</p>
            """,
            string.Join(" en ", call.Organisers));

    /// <summary>
    /// The wijk's organisation, municipality and name, posted to the receipt-link route: that application's link goes
    /// to the address it was submitted with, never to whoever pressed the button.
    /// </summary>
    static string ReceiptLinkButton(CallDefinition call, FormValues values) =>
        $"""
        <form method="post" action="{Html.Attribute(ReceiptLinkEndpoint.PathFor(call.Id))}">
        <input type="hidden" name="organisation" value="{Html.Attribute(values["organisation"])}">
        <input type="hidden" name="municipality" value="{Html.Attribute(values["municipality"])}">
        <input type="hidden" name="neighbourhood" value="{Html.Attribute(values["neighbourhood"])}">
        <button type="submit" class="secondary">Stuur de link naar die aanmelding opnieuw</button>
        </form>
        """;

    /// <summary>The call's municipalities as a plain, labelled list that needs no script; the choice is kept after an error.</summary>
    static string MunicipalitySelect(CallDefinition call, FormValues values, IReadOnlyDictionary<string, string[]> errors)
    {
        const string field = "municipality";
        var register = call.Municipalities;
        var typed = values[field];
        var chosen = typed.Length == 0 ? null : register.Resolve(typed).Municipality?.Code;
        var options = new StringBuilder("<option value=\"\">Kies een gemeente</option>");
        foreach (var municipality in register.Municipalities)
        {
            options.Append(CultureInfo.InvariantCulture,
                $"<option value=\"{Html.Attribute(municipality.Code)}\"{(municipality.Code == chosen ? " selected" : "")}>{Html.Encode(municipality.Name)}</option>");
        }

        return Field(field, errors, $"""
            <label for="{Id(field)}">Gemeente</label><p class="hint">De gemeente waarin de wijk ligt ({Html.Encode(register.Source)}).</p>
            <select id="{Id(field)}" name="{field}" autocomplete="off"{Described(field, errors)}>{options}</select>
            """);
    }

    static string Id(string field) => "f-" + field.Replace('.', '-');

    static string Described(string field, IReadOnlyDictionary<string, string[]> errors) =>
        errors.ContainsKey(field) ? $" aria-invalid=\"true\" aria-describedby=\"{Id(field)}-fout\"" : "";

    static string ErrorText(string field, IReadOnlyDictionary<string, string[]> errors) =>
        errors.TryGetValue(field, out var messages)
            ? $"<p class=\"error\" id=\"{Id(field)}-fout\">{string.Join(" ", messages.Select(Html.Encode))}</p>"
            : "";

    static string Field(string field, IReadOnlyDictionary<string, string[]> errors, string inner) =>
        $"<div class=\"field{(errors.ContainsKey(field) ? " invalid" : "")}\">{ErrorText(field, errors)}{inner}</div>";

    static string TextInput(string field, string label, FormValues values, IReadOnlyDictionary<string, string[]> errors,
        string type = "text", int? maxLength = null, string? autocomplete = null, string? hint = null, string? inputMode = null) =>
        Field(field, errors, $"""
            <label for="{Id(field)}">{Html.Encode(label)}</label>{(hint is null ? "" : $"<p class=\"hint\">{Html.Encode(hint)}</p>")}
            <input type="{type}" id="{Id(field)}" name="{field}" value="{Html.Attribute(values[field])}"{(maxLength is null ? "" : $" maxlength=\"{maxLength}\"")}{(autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"")}{(inputMode is null ? "" : $" inputmode=\"{inputMode}\"")}{Described(field, errors)}>
            """);

    static string TextArea(string field, string label, FormValues values, IReadOnlyDictionary<string, string[]> errors, int maxLength, string hint) =>
        Field(field, errors, $"""
            <label for="{Id(field)}">{Html.Encode(label)}</label><p class="hint">{Html.Encode(hint)}</p>
            <textarea id="{Id(field)}" name="{field}" maxlength="{maxLength}"{Described(field, errors)}>{Html.Encode(values[field])}</textarea>
            """);

    static string Radios(string field, string legend, IReadOnlyList<KeyValuePair<string, string>> choices, FormValues values, IReadOnlyDictionary<string, string[]> errors)
    {
        var options = string.Concat(choices.Select((c, i) =>
            $"<label class=\"choice\"><input type=\"radio\" name=\"{field}\" value=\"{Html.Attribute(c.Key)}\"{(i == 0 ? $" id=\"{Id(field)}\"" : "")}{(values[field] == c.Key ? " checked" : "")}> {Html.Encode(c.Value)}</label>"));
        return Field(field, errors, $"<fieldset{Described(field, errors)}><legend>{Html.Encode(legend)}</legend>{options}</fieldset>");
    }

    static string Checkboxes(string field, string legend, IReadOnlyList<KeyValuePair<string, string>> choices, FormValues values, IReadOnlyDictionary<string, string[]> errors, string hint)
    {
        var chosen = values.All(field);
        var options = string.Concat(choices.Select((c, i) =>
            $"<label class=\"choice\"><input type=\"checkbox\" name=\"{field}\" value=\"{Html.Attribute(c.Key)}\"{(i == 0 ? $" id=\"{Id(field)}\"" : "")}{(chosen.Contains(c.Key) ? " checked" : "")}> {Html.Encode(c.Value)}</label>"));
        return Field(field, errors, $"<fieldset{Described(field, errors)}><legend>{Html.Encode(legend)}</legend><p class=\"hint\">{Html.Encode(hint)}</p>{options}</fieldset>");
    }
}
