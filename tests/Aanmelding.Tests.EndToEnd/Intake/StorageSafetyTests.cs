using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// Awkward text — / \ # ?, quotes, markup, tabs and line breaks, emoji, 5000 characters — is stored and shown back
/// exactly, encoded on pages, and breaks no table key or query (issue item 5).
/// </summary>
[Collection(IntakeHosts.Collection)]
public sealed class StorageSafetyTests(IntakeHosts hosts)
{
    const string Organisation = "Stichting \"Zuid/Noord\" \\ #1 ?x=1&y=2 'quote' <script>alert(1)</script> 🏠";
    const string Municipality = "'s-Hertogenbosch";
    const string ContactName = "O'Brien-Çelik \"Jr.\" 🙂";
    const string Partners = "Partner A\tpartner B\nPartner C/D #3 ?\n\"Partner E\" & <i>F</i> 👍";

    /// <summary>Exactly 5000 UTF-16 characters (each emoji counts two), with tabs, line breaks and markup in it.</summary>
    static readonly string Motivation = Pad(
        "Waarom wij? \"Omdat\" het kan.\tTab.\nNieuwe regel / \\ # ? %00 %2F &amp; </textarea><script>alert('x')</script> 🏘️🔥 ",
        5000);

    [SkippableTheory, OnBothHosts]
    public async Task Awkward_text_round_trips_exactly_through_the_receipt_json(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = Neighbourhood();
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, AwkwardBody(wijk));

        var application = (await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token)).GetProperty("application");

        Assert.Equal(5000, Motivation.Length);
        Assert.Equal(Organisation, application.GetProperty("organisation").GetString());
        Assert.Equal(Municipality, application.GetProperty("municipality").GetString());
        Assert.Equal(wijk, application.GetProperty("neighbourhood").GetString());
        Assert.Equal(Motivation, application.GetProperty("motivation").GetString());
        Assert.Equal(Partners, application.GetProperty("partners").GetString());
        Assert.Equal(ContactName, application.GetProperty("contact").GetProperty("name").GetString());

        var listed = Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
        Assert.Equal(Organisation, listed.GetProperty("organisation").GetString());
        Assert.Equal(Municipality, listed.GetProperty("municipality").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Awkward_text_is_html_encoded_on_the_receipt_page_and_reads_back_exactly(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = Neighbourhood();
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, AwkwardBody(wijk));

        using var response = await intake.Client.GetAsync($"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</textarea>", html, StringComparison.OrdinalIgnoreCase);
        var page = await Pages.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("script, i, textarea"));
        Assert.Equal(Organisation, Pages.Detail(page, "Organisatie"));
        Assert.Equal(Municipality, Pages.Detail(page, "Gemeente"));
        Assert.Equal(wijk, Pages.Detail(page, "Wijk"));
        Assert.Equal(Motivation, Pages.Detail(page, "Motivatie"));
        Assert.Equal(Partners, Pages.Detail(page, "Samenwerkingspartners"));
        Assert.Equal(ContactName, Pages.Detail(page, "Contactpersoon"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Awkward_text_in_the_claim_still_finds_the_duplicate_and_withdrawing_frees_it(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = Neighbourhood();
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, AwkwardBody(wijk));

        using (var duplicate = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, AwkwardBody(wijk)))
        {
            var problem = await IntakeApi.ProblemAsync(duplicate, HttpStatusCode.Conflict);
            Assert.Equal("duplicate", problem.GetProperty("code").GetString());
        }

        using (var withdrawn = await IntakeApi.WithdrawAsync(intake.Client, first.Id, first.Token))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        var again = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, AwkwardBody(wijk));
        Assert.NotEqual(first.Id, again.Id);
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_awkward_idempotency_key_is_kept_apart_from_others(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var body = AwkwardBody(Neighbourhood());
        const string Key = "sleutel/met\\tekens#en?meer'\"";

        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body, Key);
        var replay = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body, Key);
        var other = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, AwkwardBody(Neighbourhood()), Key + "2");

        Assert.Equal(first.Id, replay.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [SkippableTheory]
    [OnBothHosts("motivation", "\u0000")]
    [OnBothHosts("motivation", "\u001b[31m")]
    [OnBothHosts("neighbourhood", "\n")]
    [OnBothHosts("organisation", "\u0007")]
    [OnBothHosts("contact.name", "\u007f")]
    public async Task Control_characters_that_are_not_line_breaks_or_tabs_are_refused_not_stored(HostKind kind, string field, string control)
    {
        var intake = await hosts.On(kind);
        var wijk = Neighbourhood();
        var body = AwkwardBody(wijk);
        var current = field == "contact.name" ? ContactName : body[field]!.GetValue<string>();
        IntakeApi.Set(body, field, JsonValue.Create(current[..10] + control + current[(10 + control.Length)..]));

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, body);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal([field], errors.Keys);
        Assert.Contains("stuurtekens", Assert.Single(errors[field]), StringComparison.Ordinal);
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Half_an_emoji_is_refused_rather_than_stored_broken(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var body = AwkwardBody(Neighbourhood());
        var json = body.ToJsonString().Replace("Partner A", "Partner \\ud83c A", StringComparison.Ordinal);

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", content);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal(["partners"], errors.Keys);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Awkward_text_typed_into_the_form_is_kept_after_a_mistake_and_arrives_exactly(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = Neighbourhood();
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(page, wijk, organisation: Organisation);
        Pages.Type(page, "municipality", Municipality);
        Pages.Type(page, "motivation", Motivation);
        Pages.Type(page, "partners", Partners);
        Pages.Type(page, "contact.name", ContactName);
        Pages.Type(page, "contact.email", "geen-adres");

        using var wrong = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var raw = await wrong.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        var again = await Pages.ParseAsync(wrong);
        Assert.Single(again.QuerySelectorAll(".utrecht-form-field-error-message"));
        Assert.Equal(Organisation, again.QuerySelector<IHtmlInputElement>("[name=organisation]")!.Value);
        Assert.Equal(Municipality, Pages.Chosen(again, "municipality"));
        Assert.Equal(ContactName, again.QuerySelector<IHtmlInputElement>("[name='contact.name']")!.Value);
        Assert.Equal(Motivation, Pages.TextAreaValue(again, "motivation"));
        Assert.Equal(Partners, Pages.TextAreaValue(again, "partners"));

        Pages.Type(again, "contact.email", "anne@example.org");
        using var accepted = await Pages.SubmitAsync(intake.Client, Pages.Form(again));

        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        var location = new Uri(intake.Host.BaseAddress, accepted.Headers.Location!);
        var id = location.AbsolutePath.Split('/')[^1];
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query)["token"].ToString();
        var application = (await IntakeApi.ReceiptAsync(intake.Client, id, token)).GetProperty("application");
        Assert.Equal(Organisation, application.GetProperty("organisation").GetString());
        Assert.Equal(Municipality, application.GetProperty("municipality").GetString());
        Assert.Equal(Motivation, application.GetProperty("motivation").GetString());
        Assert.Equal(Partners, application.GetProperty("partners").GetString());
        Assert.Equal(ContactName, application.GetProperty("contact").GetProperty("name").GetString());
    }

    static string Neighbourhood() => $"Wijk \"De Ster\" 😀 / \\ # ? {Guid.NewGuid().ToString("N")[..8]}";

    static JsonObject AwkwardBody(string neighbourhood)
    {
        var body = IntakeApi.ValidBody(neighbourhood, municipality: Municipality, organisation: Organisation);
        body["motivation"] = Motivation;
        body["partners"] = Partners;
        body["contact"]!["name"] = ContactName;
        return body;
    }

    static string Pad(string start, int length)
    {
        var text = start;
        while (text.Length < length)
        {
            text += "Verduurzaming met de buurt. ";
        }

        // Ends on a visible character, so trimming cannot shorten it.
        return text[..(length - 1)] + "!";
    }
}
