using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Intake;

/// <summary>
/// The application form (DESIGN §5): Dutch, semantic, labelled, usable without JavaScript, built from NL Design System
/// form fields. Shown again after a mistake with every message beside its field, everything typed kept, and the
/// focus on the list of mistakes.
/// </summary>
public static class FormPage
{
    /// <summary>The application form's id: it posts to the form page's own address, so the address bar never shows an API.</summary>
    public const string FormId = "aanmeldformulier";

    /// <param name="offerReceiptLink">The wijk was applied for already: offer to send that application's link again.</param>
    /// <param name="change">The same form for a change through the receipt link: where it posts, and the version it was made on.</param>
    public static string Render(
        CallDefinition call, FormValues values, IReadOnlyDictionary<string, string[]> errors, string idempotencyKey, string? notice = null, bool offerReceiptLink = false,
        ChangeForm? change = null)
    {
        var deadline = DutchDateFormat.WithZone(call.Deadline, call.TimeZone);
        var html = new StringBuilder();
        if (change is not null)
        {
            html.Append(HtmlPage.Heading($"Aanmelding wijzigen: {call.Title}"));
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">U wijzigt uw aanmelding met kenmerk {Html.Encode(change.ApplicationId)}. Wijzigen kan tot en met <strong>{Html.Encode(deadline)}</strong>. ");
            html.Append("Na het opslaan krijgt u een bevestiging per e-mail, en horen de beoordelaars die uw aanmelding al beoordeelden dat zij is gewijzigd.</p>");
        }
        else
        {
        html.Append(HtmlPage.Heading($"Aanmelden: {call.Title}"));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">Een oproep van {Html.Encode(call.OrganisersText)}. ");
        html.Append(CultureInfo.InvariantCulture, $"Er zijn <strong>{call.Capacity} plaatsen</strong>");
        html.Append(call.OnePerMunicipality ? ", één wijk per gemeente. " : ". ");
        html.Append(CultureInfo.InvariantCulture, $"Aanmelden kan tot en met <strong>{Html.Encode(deadline)}</strong>.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">Al aangemeld en de link naar uw aanmelding kwijt? {HtmlPage.Link(LostLinkEndpoint.PathFor(call.Id), "Stuur mijn link opnieuw")}.</p>");
        }

        if (errors.Count > 0)
        {
            html.Append(ErrorSummary(errors));
        }
        else if (notice is not null)
        {
            // Not a mistake in a field but something to read first: the focus goes there as it would to the summary.
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-alert utrecht-alert--warning\" role=\"alert\" id=\"melding\" tabindex=\"-1\" autofocus><div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">{HtmlPage.Paragraph(notice)}{(offerReceiptLink ? ReceiptLinkButton(call, values) : "")}</div></div></div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form class=\"utrecht-form\" id=\"{FormId}\" method=\"post\"{(change is null ? " enctype=\"multipart/form-data\"" : "")} action=\"{Html.Attribute(change?.Action ?? LinkBuilder.FormPath(call.Id))}\" novalidate>");
        html.Append(change is null
            ? $"<input type=\"hidden\" name=\"{FormBinding.IdempotencyField}\" value=\"{Html.Attribute(idempotencyKey)}\">"
            : $"<input type=\"hidden\" name=\"{FormBinding.VersionField}\" value=\"{change.Version.ToString(CultureInfo.InvariantCulture)}\">");

        html.Append(Section("Uw organisatie"));
        html.Append(Radios("applicantType", FormLabels.For("applicantType"), ApplicationChoices.ApplicantTypes.Where(c => call.ApplicantTypes.Contains(c.Key)).ToList(), values, errors));
        html.Append(TextInput("organisation", FormLabels.For("organisation"), values, errors, maxLength: 200, autocomplete: "organization"));
        html.Append("</fieldset>");

        html.Append(Section("De wijk"));
        html.Append(MunicipalitySelect(call, values, errors));
        html.Append(TextInput("neighbourhood", FormLabels.For("neighbourhood"), values, errors, maxLength: 100));
        html.Append(TextInput("homes", FormLabels.For("homes"), values, errors, type: "text", inputMode: "numeric", hint: "Een heel getal, bijvoorbeeld 1200."));
        html.Append(Radios("gasFreeStatus", FormLabels.For("gasFreeStatus"), ApplicationChoices.GasFreeStatuses, values, errors));
        html.Append(Checkboxes("challenges", FormLabels.For("challenges"), ApplicationChoices.Challenges, values, errors, "Kies er één of meer."));
        html.Append(TextInput("challengesOther", FormLabels.For("challengesOther"), values, errors, maxLength: ApplicationValidator.ChallengesOtherMax,
            hint: "Welke opgave speelt er nog meer? Vul dit alleen in als u hierboven Anders heeft aangevinkt."));
        html.Append(TextArea("motivation", FormLabels.For("motivation"), values, errors, 5000, "Waarom wilt u meedoen, en wat wilt u in de wijk bereiken? 100 tot 5000 tekens."));
        html.Append(TextArea("partners", FormLabels.For("partners"), values, errors, 2000, "Met wie werkt u samen, bijvoorbeeld woningcorporaties of bewonersorganisaties?"));
        if (change is null)
        {
            // Files go with the application when it is sent; a change keeps the attachments sent then.
            html.Append(FileInput(AttachmentRules.Field, FormLabels.For(AttachmentRules.Field), errors,
                $"Bijvoorbeeld een motivatiebrief of een steunbrief van de wethouder. {AttachmentRules.LimitText} Krijgt u een foutmelding, kies de bestanden dan opnieuw."));
        }
        html.Append("</fieldset>");

        html.Append(Section("Contactpersoon"));
        html.Append(TextInput("contact.name", FormLabels.For("contact.name"), values, errors, maxLength: 100, autocomplete: "name"));
        html.Append(TextInput("contact.email", FormLabels.For("contact.email"), values, errors, type: "email", maxLength: 254, autocomplete: "email", hint: "Hierheen sturen wij de ontvangstbevestiging en de uitkomst."));
        html.Append(TextInput("contact.phone", FormLabels.For("contact.phone"), values, errors, type: "tel", maxLength: 30, autocomplete: "tel"));
        html.Append("</fieldset>");

        // The notice beside the box, so that consent is given knowing what it covers.
        var privacyHint = FormFields.DescriptionHtml(HintId("consent"),
            $"Wat wij met uw gegevens doen en hoe lang wij ze bewaren: zie {HtmlPage.Link(LinkBuilder.PrivacyPath(call.Id), "de privacyverklaring")}.");
        html.Append(Field("consent", errors, ErrorText("consent", errors) + Choice(
            "checkbox", "consent", "true", $"Ik ga ermee akkoord dat {call.OrganisersText} deze gegevens gebruiken voor de selectie en daarover contact met mij opnemen.",
            values.All("consent").Contains("true"), id: Id("consent"), describedBy: Described("consent", errors, privacyHint)) + privacyHint));

        // Hidden from people (and from screen readers); bots that fill every field give themselves away.
        html.Append($"<div class=\"aanmelding-trap\" aria-hidden=\"true\"><label for=\"{FormBinding.TrapField}\">Laat dit veld leeg</label><input type=\"text\" id=\"{FormBinding.TrapField}\" name=\"{FormBinding.TrapField}\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-button-group\"><button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">{(change is null ? "Aanmelding versturen" : "Wijzigingen opslaan")}</button></div>");
        html.Append("</form>");
        var title = (errors.Count > 0 ? "Fout: " : "") + (change is null ? "aanmelden" : "aanmelding wijzigen");
        title = char.ToUpperInvariant(title[0]) + title[1..];
        return HtmlPage.Render(call, title, html.ToString());
    }

    public static string Closed(CallDefinition call) =>
        HtmlPage.Render(
            call,
            "Aanmeldtermijn gesloten",
            HtmlPage.Heading(call.Title)
            + HtmlPage.Alert("info", $"<p class=\"utrecht-paragraph\"><strong>De aanmeldtermijn is gesloten sinds {Html.Encode(DutchDateFormat.WithZone(call.Deadline, call.TimeZone))}.</strong></p>")
            + HtmlPage.Paragraph("De beoordelaars bekijken nu de aanmeldingen. Iedere aanmelder hoort de uitkomst tegelijk per e-mail.")
            + HtmlPage.Paragraph($"Een oproep van {call.OrganisersText}."));

    static string ErrorSummary(IReadOnlyDictionary<string, string[]> errors) =>
        FormFields.ErrorSummary(
            "Niet alles is goed ingevuld",
            errors.OrderBy(e => FormLabels.Position(e.Key))
                .SelectMany(e => e.Value.Select(message => (Id(e.Key), message))));

    static string Section(string legend) =>
        $"<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend aanmelding-section\">{Html.Encode(legend)}</legend>";

    /// <summary>
    /// The wijk's organisation, municipality and name, posted to the receipt-link route: that application's link goes
    /// to the address it was submitted with, never to whoever pressed the button.
    /// </summary>
    static string ReceiptLinkButton(CallDefinition call, FormValues values) =>
        $"""
        <form class="utrecht-form" method="post" action="{Html.Attribute(ReceiptLinkEndpoint.PagePathFor(call.Id))}">
        <input type="hidden" name="organisation" value="{Html.Attribute(values["organisation"])}">
        <input type="hidden" name="municipality" value="{Html.Attribute(values["municipality"])}">
        <input type="hidden" name="neighbourhood" value="{Html.Attribute(values["neighbourhood"])}">
        <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--secondary-action">Stuur de link naar die aanmelding opnieuw</button></div>
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

        var hint = $"De gemeente waarin de wijk ligt ({register.Source}).";
        return Field(field, errors, $"""
            {Label(field, FormLabels.For(field))}{Hint(field, hint)}{ErrorText(field, errors)}
            <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select{(errors.ContainsKey(field) ? " utrecht-select--invalid" : "")}" id="{Id(field)}" name="{field}" autocomplete="off"{Described(field, errors, hint)}>{options}</select></div>
            """);
    }

    static string Id(string field) => "f-" + field.Replace('.', '-');

    static string HintId(string field) => Id(field) + "-uitleg";

    static string ErrorId(string field) => Id(field) + "-fout";

    /// <summary>The attributes that tie a control to its error message and its hint, in the order they are read.</summary>
    static string Described(string field, IReadOnlyDictionary<string, string[]> errors, string? hint = null) =>
        FormFields.DescribedBy(errors.ContainsKey(field), errors.ContainsKey(field) ? ErrorId(field) : null, hint is null ? null : HintId(field));

    static string ErrorText(string field, IReadOnlyDictionary<string, string[]> errors) =>
        FormFields.ErrorMessage(ErrorId(field), errors.GetValueOrDefault(field));

    static string Hint(string field, string? hint) => FormFields.Description(HintId(field), hint);

    static string Label(string field, string label) => FormFields.Label(Id(field), label);

    static string Field(string field, IReadOnlyDictionary<string, string[]> errors, string inner) => FormFields.Field(errors.ContainsKey(field), inner);

    static string TextInput(string field, string label, FormValues values, IReadOnlyDictionary<string, string[]> errors,
        string type = "text", int? maxLength = null, string? autocomplete = null, string? hint = null, string? inputMode = null) =>
        Field(field, errors, $"""
            {Label(field, label)}{Hint(field, hint)}{ErrorText(field, errors)}
            <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input{(errors.ContainsKey(field) ? " utrecht-textbox--invalid" : "")}" type="{type}" id="{Id(field)}" name="{field}" value="{Html.Attribute(values[field])}"{(maxLength is null ? "" : $" maxlength=\"{maxLength}\"")}{(autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"")}{(inputMode is null ? "" : $" inputmode=\"{inputMode}\"")}{Described(field, errors, hint)}></div>
            """);

    /// <summary>The PDFs to send along; a browser cannot be given files back, so after a mistake they are chosen again.</summary>
    static string FileInput(string field, string label, IReadOnlyDictionary<string, string[]> errors, string hint) =>
        Field(field, errors, $"""
            {Label(field, label)}{Hint(field, hint)}{ErrorText(field, errors)}
            <div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input aanmelding-file{(errors.ContainsKey(field) ? " utrecht-textbox--invalid" : "")}" type="file" id="{Id(field)}" name="{field}" accept="application/pdf,.pdf" multiple{Described(field, errors, hint)}></div>
            """);

    static string TextArea(string field, string label, FormValues values, IReadOnlyDictionary<string, string[]> errors, int maxLength, string hint) =>
        Field(field, errors, $"""
            {Label(field, label)}{Hint(field, hint)}{ErrorText(field, errors)}
            <div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea{(errors.ContainsKey(field) ? " utrecht-textarea--invalid" : "")}" id="{Id(field)}" name="{field}" maxlength="{maxLength}"{Described(field, errors, hint)}>{Html.Encode(values[field])}</textarea></div>
            """);

    static string Radios(string field, string legend, IReadOnlyList<KeyValuePair<string, string>> choices, FormValues values, IReadOnlyDictionary<string, string[]> errors) =>
        Group(field, legend, string.Concat(choices.Select((c, i) =>
            Choice("radio", field, c.Key, c.Value, values[field] == c.Key, i == 0 ? Id(field) : null))), errors, hint: null);

    static string Checkboxes(string field, string legend, IReadOnlyList<KeyValuePair<string, string>> choices, FormValues values, IReadOnlyDictionary<string, string[]> errors, string hint)
    {
        var chosen = values.All(field);
        return Group(field, legend, string.Concat(choices.Select((c, i) =>
            Choice("checkbox", field, c.Key, c.Value, chosen.Contains(c.Key), i == 0 ? Id(field) : null))), errors, hint);
    }

    /// <summary>Radio buttons or checkboxes under one question: the fieldset names them, its hint and error are tied to the group.</summary>
    static string Group(string field, string legend, string options, IReadOnlyDictionary<string, string[]> errors, string? hint) =>
        Field(field, errors,
            $"<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset\"{Described(field, errors, hint)}>"
            + $"<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">{Html.Encode(legend)}</legend>"
            + $"{Hint(field, hint)}{ErrorText(field, errors)}{options}</fieldset>");

    /// <summary>One radio button or checkbox inside its label (the first of a group carries the id the error summary links to).</summary>
    static string Choice(string type, string name, string value, string label, bool isChecked, string? id, string describedBy = "")
    {
        var input = type == "radio" ? "utrecht-radio-button utrecht-radio-button--html-input" : "utrecht-checkbox utrecht-checkbox--html-input";
        return $"<div class=\"utrecht-form-field utrecht-form-field--{type}\"><label class=\"utrecht-form-field__label utrecht-form-label utrecht-form-label--{type}\">"
            + $"<input class=\"utrecht-form-field__input {input}\" type=\"{type}\" name=\"{name}\" value=\"{Html.Attribute(value)}\"{(id is null ? "" : $" id=\"{id}\"")}{(isChecked ? " checked" : "")}{describedBy}> {Html.Encode(label)}</label></div>";
    }
}
