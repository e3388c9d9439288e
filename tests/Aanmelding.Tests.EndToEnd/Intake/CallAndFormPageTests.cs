using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>Calls from configuration, call info, the root redirect and the form page (issue "Application intake" 1–2).</summary>
[Collection(IntakeHosts.Collection)]
public sealed class CallAndFormPageTests(IntakeHosts hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task The_root_leads_to_the_seed_call_which_is_closed_since_its_2018_deadline(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var root = await intake.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/calls/kwetsbare-wijken-2018", root.Headers.Location?.ToString());

        var page = await Pages.GetAsync(intake.Client, root.Headers.Location!.ToString());

        Assert.Equal("Verduurzaming van kwetsbare wijken", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("De aanmeldtermijn is gesloten sinds vrijdag 13 juli 2018, 23:59 (Nederlandse tijd).", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_seed_call_is_there_by_default_with_its_2018_settings(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var info = await intake.Client.GetFromJsonAsync<JsonElement>("/api/calls/kwetsbare-wijken-2018");

        Assert.Equal("kwetsbare-wijken-2018", info.GetProperty("id").GetString());
        Assert.Equal("Verduurzaming van kwetsbare wijken", info.GetProperty("title").GetString());
        Assert.Equal(["Platform31", "Nyenrode Business Universiteit"], info.GetProperty("organisers").Deserialize<string[]>()!);
        Assert.Equal("2018-07-13T23:59:59+02:00", info.GetProperty("deadline").GetString());
        Assert.Equal("Europe/Amsterdam", info.GetProperty("timeZone").GetString());
        Assert.False(info.GetProperty("open").GetBoolean());
        Assert.Equal(12, info.GetProperty("capacity").GetInt32());
        Assert.True(info.GetProperty("onePerMunicipality").GetBoolean());
        Assert.Equal(["gemeente", "woningcorporatie"], info.GetProperty("applicantTypes").Deserialize<string[]>()!);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_configured_call_reports_its_own_settings_and_a_july_deadline_in_summer_time(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var info = await intake.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{intake.OpenCallId}");

        Assert.Equal(intake.OpenCallId, info.GetProperty("id").GetString());
        Assert.Equal("Verduurzaming van kwetsbare wijken (test)", info.GetProperty("title").GetString());
        Assert.Equal("2029-07-13T23:59:59+02:00", info.GetProperty("deadline").GetString());
        Assert.Equal("vrijdag 13 juli 2029, 23:59 (Nederlandse tijd)", info.GetProperty("deadlineText").GetString());
        Assert.True(info.GetProperty("open").GetBoolean());
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_december_deadline_is_reported_in_winter_time(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var info = await intake.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{intake.WinterCallId}");

        Assert.Equal("2030-12-13T23:59:59+01:00", info.GetProperty("deadline").GetString());
        Assert.Equal("vrijdag 13 december 2030, 23:59 (Nederlandse tijd)", info.GetProperty("deadlineText").GetString());
        Assert.Equal("Winteroproep", info.GetProperty("title").GetString());
        Assert.Equal(["Stichting Warme Wijk"], info.GetProperty("organisers").Deserialize<string[]>()!);
        Assert.Equal(5, info.GetProperty("capacity").GetInt32());
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_closed_call_reports_that_it_is_closed(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var info = await intake.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{intake.ClosedCallId}");

        Assert.False(info.GetProperty("open").GetBoolean());
        Assert.Equal("2024-07-12T17:00:00+02:00", info.GetProperty("deadline").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_unknown_call_is_404_for_the_api_and_the_page(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var api = await intake.Client.GetAsync("/api/calls/bestaat-niet");
        var problem = await IntakeApi.ProblemAsync(api, HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.GetProperty("code").GetString());

        using var page = await intake.Client.GetAsync("/calls/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Deze oproep bestaat niet", (await Pages.ParseAsync(page)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_form_page_is_dutch_and_tells_title_organisers_deadline_and_places(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aanmelden: Verduurzaming van kwetsbare wijken (test)", page.QuerySelector("h1")?.TextContent);
        var intro = page.QuerySelector("main p")!.TextContent;
        Assert.Contains("Een oproep van Platform31 en Nyenrode Business Universiteit.", intro, StringComparison.Ordinal);
        Assert.Contains("Er zijn 12 plaatsen, één wijk per gemeente.", intro, StringComparison.Ordinal);
        Assert.Contains("Aanmelden kan tot en met vrijdag 13 juli 2029, 23:59 (Nederlandse tijd).", intro, StringComparison.Ordinal);

        var winter = await Pages.GetAsync(intake.Client, $"/calls/{intake.WinterCallId}");
        var winterIntro = winter.QuerySelector("main p")!.TextContent;
        Assert.Contains("Een oproep van Stichting Warme Wijk.", winterIntro, StringComparison.Ordinal);
        Assert.Contains("Er zijn 5 plaatsen", winterIntro, StringComparison.Ordinal);
        Assert.Contains("vrijdag 13 december 2030, 23:59", winterIntro, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_field_of_the_form_has_a_label_and_the_form_works_without_javascript(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var form = Pages.Form(page);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal("post", form.Method);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Equal($"/calls/{intake.OpenCallId}", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));

        var named = form.QuerySelectorAll("input[name], textarea[name], select[name]").Where(e => e.GetAttribute("type") != "hidden").ToList();
        Assert.Equal(
            ["applicantType", "organisation", "municipality", "neighbourhood", "homes", "gasFreeStatus", "challenges", "challengesOther", "motivation", "partners",
             "attachments", "contact.name", "contact.email", "contact.phone", "consent", "website"],
            named.Select(e => e.GetAttribute("name")!).Distinct());
        foreach (var control in named)
        {
            var type = control.GetAttribute("type");
            if (type is "radio" or "checkbox")
            {
                // A choice is labelled by the label around it; a group of choices by the legend of its fieldset.
                Assert.False(string.IsNullOrWhiteSpace(control.Closest("label")?.TextContent), $"{control.GetAttribute("name")}={control.GetAttribute("value")} has no label");
                if (control.GetAttribute("name") != "consent")
                {
                    Assert.False(string.IsNullOrWhiteSpace(control.Closest("fieldset")?.QuerySelector("legend")?.TextContent));
                }
            }
            else
            {
                var label = page.QuerySelector($"label[for='{control.Id}']");
                Assert.True(label is not null && label.TextContent.Trim().Length > 0, $"{control.GetAttribute("name")} has no label");
            }
        }

        Assert.Equal("Naam van de organisatie", page.QuerySelector("label[for='f-organisation']")!.TextContent);
        Assert.Equal("Gemeente", page.QuerySelector("label[for='f-municipality']")!.TextContent);
        Assert.Equal("E-mailadres", page.QuerySelector("label[for='f-contact-email']")!.TextContent);
        Assert.Equal("email", page.QuerySelector<IHtmlInputElement>("[name='contact.email']")!.Type);
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_municipality_is_chosen_from_the_official_list_of_the_calls_year_and_the_choice_is_kept_after_a_mistake(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var list = page.QuerySelector<IHtmlSelectElement>("select[name=municipality]")!;

        // 380 gemeenten of 1 January 2018 by their CBS code, alphabetically, after an empty first choice.
        Assert.Equal("", list.Options[0].Value);
        var municipalities = list.Options.Skip(1).ToList();
        Assert.Equal(380, municipalities.Count);
        Assert.All(municipalities, o => Assert.Matches("^GM[0-9]{4}$", o.Value));
        Assert.Equal("GM0518", municipalities.Single(o => o.Text == "'s-Gravenhage").Value);
        Assert.Contains(municipalities, o => o.Text == "Súdwest-Fryslân");
        Assert.DoesNotContain(municipalities, o => o.Text == "Bellingwedde");
        Assert.Contains("1 januari 2018", page.QuerySelector("#f-municipality")!.Closest(".utrecht-form-field")!.TextContent, StringComparison.Ordinal);

        Pages.FillValid(page, IntakeApi.UniqueNeighbourhood("Schilderswijk"));
        Pages.Type(page, "municipality", "'s-Gravenhage");
        Pages.Type(page, "contact.email", "geen-adres");
        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'s-Gravenhage", Pages.Chosen(await Pages.ParseAsync(response), "municipality"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_municipality_that_is_not_chosen_gets_its_message_beside_the_list(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(page, IntakeApi.UniqueNeighbourhood("Nergens"));
        Pages.Form(page).QuerySelector<IHtmlSelectElement>("select[name=municipality]")!.Value = "";

        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await Pages.ParseAsync(response);
        Assert.Equal("Kies de gemeente waarin de wijk ligt.", Pages.MessageBeside(again, "municipality"));
        Assert.Null(Pages.Chosen(again, "municipality"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_rendered_form_carries_its_own_idempotency_key_and_a_hidden_honeypot(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var first = Pages.Form(await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}"));
        var second = Pages.Form(await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}"));

        var firstKey = first.QuerySelector<IHtmlInputElement>("input[type=hidden][name=idempotencyKey]")!.Value;
        var secondKey = second.QuerySelector<IHtmlInputElement>("input[type=hidden][name=idempotencyKey]")!.Value;
        Assert.NotEmpty(firstKey);
        Assert.NotEqual(firstKey, secondKey);

        var trap = first.QuerySelector<IHtmlInputElement>("input[name=website]")!;
        Assert.Equal("", trap.Value);
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.Closest("[aria-hidden]")?.GetAttribute("aria-hidden"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task After_the_deadline_the_form_page_says_closed_since_instead_of_the_form(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var response = await intake.Client.GetAsync($"/calls/{intake.ClosedCallId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Pages.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("form"));
        Assert.Equal(
            "De aanmeldtermijn is gesloten sinds vrijdag 12 juli 2024, 17:00 (Nederlandse tijd).",
            page.QuerySelector("[role=status]")!.TextContent.Trim());
    }
}
