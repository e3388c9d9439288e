using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>Posting the browser form: mistakes beside their fields, 303 to the receipt, double clicks, the honeypot (issue item 2).</summary>
[Collection(IntakeHosts.Collection)]
public sealed class FormPostTests(IntakeHosts hosts)
{

    [SkippableTheory, OnBothHosts]
    public async Task A_form_with_mistakes_comes_back_with_each_message_beside_its_field_and_everything_typed_kept(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var key = page.QuerySelector<IHtmlInputElement>("[name=idempotencyKey]")!.Value;
        var wijk = IntakeApi.UniqueNeighbourhood("Kanaleneiland");
        const string Organisation = "Woonstichting \"De Key\" & Partners <b>";
        Pages.FillValid(page, wijk, organisation: Organisation);
        Pages.Type(page, "contact.email", "anne@");
        Pages.Type(page, "homes", "veel");
        Pages.Type(page, "motivation", "Te kort.\nEcht.");

        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await Pages.ParseAsync(response);
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.", Pages.MessageBeside(again, "contact.email"));
        Assert.Equal("Vul het aantal woningen in als heel getal, bijvoorbeeld 1200.", Pages.MessageBeside(again, "homes"));
        Assert.Equal("Uw motivatie is te kort: minimaal 100 tekens, u heeft er 14.", Pages.MessageBeside(again, "motivation"));
        Assert.Equal(3, again.QuerySelectorAll(".utrecht-form-field-error-message").Length);
        Assert.Equal(
            ["#f-homes", "#f-motivation", "#f-contact-email"],
            again.QuerySelectorAll<IHtmlAnchorElement>("#fouten a").Select(a => a.GetAttribute("href")!));

        // Everything typed is still there, exactly, mistakes included.
        Assert.Equal(key, again.QuerySelector<IHtmlInputElement>("[name=idempotencyKey]")!.Value);
        Assert.Equal(Organisation, again.QuerySelector<IHtmlInputElement>("[name=organisation]")!.Value);
        Assert.Equal("Utrecht", Pages.Chosen(again, "municipality"));
        Assert.Equal(wijk, again.QuerySelector<IHtmlInputElement>("[name=neighbourhood]")!.Value);
        Assert.Equal("veel", again.QuerySelector<IHtmlInputElement>("[name=homes]")!.Value);
        Assert.Equal("anne@", again.QuerySelector<IHtmlInputElement>("[name='contact.email']")!.Value);
        Assert.Equal("Anne de Vries", again.QuerySelector<IHtmlInputElement>("[name='contact.name']")!.Value);
        Assert.Equal("030 123 4567", again.QuerySelector<IHtmlInputElement>("[name='contact.phone']")!.Value);
        Assert.Equal("Te kort.\nEcht.", Pages.TextAreaValue(again, "motivation"));
        Assert.Equal("Woningcorporatie Mitros", Pages.TextAreaValue(again, "partners"));
        Assert.Equal(["gemeente"], Checked(again, "applicantType"));
        Assert.Equal(["in-voorbereiding"], Checked(again, "gasFreeStatus"));
        Assert.Equal(["armoede", "schulden"], Checked(again, "challenges"));
        Assert.Equal(["true"], Checked(again, "consent"));
        Assert.DoesNotContain("<b>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_corrected_form_is_accepted_with_303_to_its_receipt_page(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var wijk = IntakeApi.UniqueNeighbourhood("Lunetten");
        Pages.FillValid(page, wijk);
        Pages.Type(page, "contact.email", "");
        using var wrong = await Pages.SubmitAsync(intake.Client, Pages.Form(page));
        var again = await Pages.ParseAsync(wrong);
        Assert.Equal("Vul het e-mailadres van de contactpersoon in.", Pages.MessageBeside(again, "contact.email"));

        Pages.Type(again, "contact.email", "anne@lunetten.example.org");
        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(again));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/applications/[0-9A-Z]{12}\\?token=[^&]+$", location);
        var receipt = await Pages.GetAsync(intake.Client, location);
        Assert.Equal("Ontvangen – wordt beoordeeld", receipt.QuerySelector("[role=status] strong")!.TextContent);
        Assert.Equal(wijk, Pages.Detail(receipt, "Wijk"));
        Assert.Equal("anne@lunetten.example.org", Pages.Detail(receipt, "E-mailadres"));
        Assert.Equal("Armoede en Schulden", Pages.Detail(receipt, "Opgaven in de wijk"));
        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_double_click_makes_one_application(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var wijk = IntakeApi.UniqueNeighbourhood("Hoograven");
        Pages.FillValid(page, wijk);
        var form = Pages.Form(page);

        // Two clicks in quick succession post the same rendered form (same hidden key) while the first is still in flight.
        var clicks = await Task.WhenAll(Pages.SubmitAsync(intake.Client, form), Pages.SubmitAsync(intake.Client, form));
        using var later = await Pages.SubmitAsync(intake.Client, form);

        var all = clicks.Append(later).ToList();
        try
        {
            Assert.All(all, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
            Assert.Single(all.Select(r => r.Headers.Location!.ToString()).Distinct());
        }
        finally
        {
            all.ForEach(r => r.Dispose());
        }

        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_bot_that_fills_the_honeypot_is_thanked_and_nothing_is_stored(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var wijk = IntakeApi.UniqueNeighbourhood("Spamwijk");
        Pages.FillValid(page, wijk);
        Pages.Type(page, "website", "http://goedkope-pillen.example");

        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Uw aanmelding is ontvangen.", (await Pages.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_same_wijk_twice_from_the_form_gives_no_reference_and_its_button_mails_the_link_to_the_address_on_file(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Zuilen");
        var onFile = $"eerste-{Guid.NewGuid():N}@example.org";
        var asking = $"iemand-anders-{Guid.NewGuid():N}@example.org";
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk, email: onFile));
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(page, wijk, email: asking);

        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(first.Id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await Pages.ParseAsync(response);
        Assert.Contains("Uw organisatie heeft deze wijk al aangemeld.", again.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(wijk, again.QuerySelector<IHtmlInputElement>("[name=neighbourhood]")!.Value);
        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));

        // The button in the message asks for the link; the answer says nothing about whether the application exists.
        var button = again.QuerySelectorAll<IHtmlFormElement>("[role=alert] form").Single();
        using var asked = await Pages.SubmitAsync(intake.Client, button);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("sturen wij de link naar die aanmelding naar het e-mailadres dat daarbij is opgegeven", (await Pages.ParseAsync(asked)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var sent = await Support.Outbox.WaitForAsync(intake.Host.OutboxPath, m => Support.Outbox.To(m) == onFile && m.Headers["X-Aanmelding-Kind"] == "receipt-link");
        var mail = Assert.Single(sent);
        Assert.Contains(first.Id, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Support.Outbox.Links(mail), l => l.Contains($"/applications/{first.Id}?token=", StringComparison.Ordinal));
        Assert.DoesNotContain(Support.Outbox.Read(intake.Host.OutboxPath), m => Support.Outbox.To(m) == asking);
    }

    [SkippableTheory, OnBothHosts]
    public async Task After_the_duplicate_message_the_applicant_may_correct_the_wijk_and_send_the_same_form(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Dichterswijk");
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(page, wijk);
        using var refused = await Pages.SubmitAsync(intake.Client, Pages.Form(page));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var again = await Pages.ParseAsync(refused);

        var corrected = wijk + " Oost";
        Pages.Type(again, "neighbourhood", corrected);
        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(again));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = await Pages.GetAsync(intake.Client, response.Headers.Location!.ToString());
        Assert.Equal(corrected, Pages.Detail(receipt, "Wijk"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Anders_among_the_challenges_asks_what_it_is_and_the_receipt_shows_it(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var wijk = IntakeApi.UniqueNeighbourhood("Anders");
        Pages.FillValid(page, wijk);
        Pages.Tick(page, "challenges", "anders");
        var field = Pages.Form(page).QuerySelector<IHtmlInputElement>("[name=challengesOther]")!;
        Assert.Contains(field.GetAttribute("aria-describedby")!.Split(' '), id => page.GetElementById(id)!.TextContent.Contains("Anders", StringComparison.Ordinal));

        using var wrong = await Pages.SubmitAsync(intake.Client, Pages.Form(page));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var again = await Pages.ParseAsync(wrong);
        Assert.Equal("U koos Anders: beschrijf welke opgave in de wijk speelt.", Pages.MessageBeside(again, "challengesOther"));
        Assert.Equal(["#f-challengesOther"], again.QuerySelectorAll<IHtmlAnchorElement>("#fouten a").Select(a => a.GetAttribute("href")!));

        Pages.Type(again, "challengesOther", "Leegstand van winkels");
        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(again));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = await Pages.GetAsync(intake.Client, response.Headers.Location!.ToString());
        Assert.Equal("Armoede, Schulden en Anders: Leegstand van winkels", Pages.Detail(receipt, "Opgaven in de wijk"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_form_posted_to_a_closed_call_shows_what_was_typed_and_whom_to_write_to(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Te laat");
        const string Motivation = "Regel een van de motivatie.\nRegel twee, met <b>opmaak</b> & meer.";
        using var content = new FormUrlEncodedContent([.. FormFields(wijk).Where(f => f.Key != "motivation"), new("motivation", Motivation), new("partners", "Woonbedrijf Zuid")]);

        using var response = await intake.Client.PostAsync($"/calls/{intake.ClosedCallId}", content);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Pages.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("form"));
        Assert.StartsWith("Fout: ", page.Title, StringComparison.Ordinal);
        var notice = page.QuerySelector("#melding")!;
        Assert.Equal("-1", notice.GetAttribute("tabindex"));
        Assert.True(notice.HasAttribute("autofocus"));
        Assert.Contains("De aanmeldtermijn is gesloten sinds vrijdag 12 juli 2024, 17:00", notice.TextContent, StringComparison.Ordinal);
        var footerContact = page.QuerySelector("footer a[href^='mailto:']")!.GetAttribute("href");
        Assert.Equal(footerContact, notice.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));

        // Everything typed is there to copy, as typed (choices by their labels).
        Assert.Equal(wijk, Pages.Detail(page, "Wijk"));
        Assert.Equal("Utrecht", Pages.Detail(page, "Gemeente"));
        Assert.Equal("Gemeente Utrecht", Pages.Detail(page, "Naam van de organisatie"));
        Assert.Equal("Woonbedrijf Zuid", Pages.Detail(page, "Samenwerkingspartners (niet verplicht)"));
        Assert.Equal(Motivation, Pages.Detail(page, "Motivatie"));
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.ClosedCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_form_posted_to_an_unknown_call_gets_404(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var content = new FormUrlEncodedContent(FormFields(IntakeApi.UniqueNeighbourhood()));

        using var response = await intake.Client.PostAsync("/calls/bestaat-niet", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze oproep bestaat niet.", (await Pages.ParseAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_form_that_is_not_utf8_gets_a_page_that_says_so_and_nothing_is_stored(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Latin1");
        // An old browser or script that posts Latin-1: "ú" arrives as the single byte 0xFA, which is not UTF-8.
        var body = string.Join("&", FormFields(wijk).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}")) + "&partners=Woonbedrijf S\u00fadwest";
        var bytes = System.Text.Encoding.Latin1.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");

        using var response = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Formulier niet leesbaar", (await Pages.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_form_over_64_KiB_is_413(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var fields = FormFields(IntakeApi.UniqueNeighbourhood()).Append(new("partners", new string('p', 70 * 1024)));
        using var content = new FormUrlEncodedContent(fields);

        using var response = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", content);

        await IntakeApi.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    static List<string> Checked(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").Where(i => i.IsChecked).Select(i => i.Value).ToList();

    static IEnumerable<KeyValuePair<string, string>> FormFields(string wijk) =>
    [
        new("idempotencyKey", Guid.NewGuid().ToString("N")),
        .. (Support.TestApplication.Of(neighbourhood: wijk) with { Partners = null }).FormFields(),
        new("website", ""),
    ];
}
