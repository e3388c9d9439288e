using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aanmelding.Core.Attachments;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary><c>POST /api/calls/{callId}/applications</c> with JSON: the rules, the refusals and idempotency (issue item 3).</summary>
[Collection(IntakeHosts.Collection)]
public sealed class JsonSubmissionTests(IntakeHosts hosts)
{

    [SkippableTheory, OnBothHosts]
    public async Task A_valid_application_is_accepted_with_its_reference_and_status_url(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Overvecht");

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", id);
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        Assert.Equal(body.GetProperty("statusUrl").GetString(), response.Headers.Location?.ToString());
        var listed = Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
        Assert.Equal(id, listed.GetProperty("id").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_application_with_every_field_wrong_gets_a_dutch_message_for_each_field(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var body = new JsonObject
        {
            ["applicantType"] = "stichting",
            ["organisation"] = "X",
            ["municipality"] = "",
            ["neighbourhood"] = new string('w', 101),
            ["homes"] = 0,
            ["gasFreeStatus"] = "misschien",
            ["challenges"] = new JsonArray(),
            ["motivation"] = "Te kort.",
            ["partners"] = new string('p', 2001),
            ["contact"] = new JsonObject { ["name"] = "A", ["email"] = "geen adres", ["phone"] = "bel mij" },
            ["consent"] = false,
        };

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, body);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal(
            new SortedSet<string>(["applicantType", "organisation", "municipality", "neighbourhood", "homes", "gasFreeStatus", "challenges",
                "motivation", "partners", "contact.name", "contact.email", "contact.phone", "consent"], StringComparer.Ordinal),
            new SortedSet<string>(errors.Keys, StringComparer.Ordinal));
        Assert.Equal("Kies de gemeente waarin de wijk ligt.", Assert.Single(errors["municipality"]));
        Assert.Equal("Uw motivatie is te kort: minimaal 100 tekens, u heeft er 8.", Assert.Single(errors["motivation"]));
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_empty_object_is_told_what_is_missing(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, new JsonObject());

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal("Vul het e-mailadres van de contactpersoon in.", Assert.Single(errors["contact.email"]));
        Assert.Equal("Kies of u zich aanmeldt als gemeente of als woningcorporatie.", Assert.Single(errors["applicantType"]));
        Assert.DoesNotContain("homes", errors.Keys);
        Assert.DoesNotContain("partners", errors.Keys);
        Assert.DoesNotContain("contact.phone", errors.Keys);
    }

    [SkippableTheory]
    [OnBothHosts("applicantType", "\"stichting\"", "Kies of u zich aanmeldt als gemeente of als woningcorporatie.")]
    [OnBothHosts("applicantType", null, "Kies of u zich aanmeldt als gemeente of als woningcorporatie.")]
    [OnBothHosts("organisation", "\"X\"", "Vul de naam van uw organisatie in (2 tot 200 tekens).")]
    [OnBothHosts("organisation", "x*201", "De naam van uw organisatie is te lang: maximaal 200 tekens, u heeft er 201.")]
    [OnBothHosts("organisation", "\"Gemeente\\tUtrecht\"", "De naam van uw organisatie bevat onzichtbare stuurtekens (zoals een tab of regeleinde) die hier niet zijn toegestaan. Gebruik één regel gewone tekst.")]
    [OnBothHosts("municipality", "\"\"", "Kies de gemeente waarin de wijk ligt.")]
    [OnBothHosts("municipality", "\"Amsterdm\"", "Deze gemeente staat niet in de gemeentelijke indeling van 1 januari 2018. Bedoelt u Amsterdam?")]
    [OnBothHosts("municipality", "\"GM0007\"", "Er is geen gemeente met CBS-code GM0007 in de gemeentelijke indeling van 1 januari 2018.")]
    [OnBothHosts("municipality", "x*101", "De naam van de gemeente is te lang: maximaal 100 tekens, u heeft er 101.")]
    [OnBothHosts("neighbourhood", "\"   \"", "Vul de naam van de wijk in (2 tot 100 tekens).")]
    [OnBothHosts("neighbourhood", "x*101", "De naam van de wijk is te lang: maximaal 100 tekens, u heeft er 101.")]
    [OnBothHosts("homes", "0", "Vul het aantal woningen in de wijk in als heel getal van 1 tot 200.000, of laat het veld leeg.")]
    [OnBothHosts("homes", "200001", "Vul het aantal woningen in de wijk in als heel getal van 1 tot 200.000, of laat het veld leeg.")]
    [OnBothHosts("homes", "\"veel\"", "Deze waarde heeft niet het juiste type.")]
    [OnBothHosts("gasFreeStatus", "\"misschien\"", "Geef aan of de wijk is aangewezen als aardgasvrije wijk: aangewezen, aanwijzing in voorbereiding of nog niet.")]
    [OnBothHosts("challenges", "[]", "Kies ten minste één opgave die in de wijk speelt.")]
    [OnBothHosts("challenges", "[\"vervuiling\"]", "Er is een onbekende opgave gekozen. Kies uit: onveiligheid, armoede, werkloosheid, schulden, eenzaamheid, anders.")]
    [OnBothHosts("challenges", "[\"armoede\",\"armoede\"]", "Kies elke opgave maar één keer.")]
    [OnBothHosts("motivation", "x*99", "Uw motivatie is te kort: minimaal 100 tekens, u heeft er 99.")]
    [OnBothHosts("motivation", "x*5001", "Uw motivatie is te lang: maximaal 5000 tekens, u heeft er 5001.")]
    [OnBothHosts("partners", "x*2001", "De beschrijving van de samenwerkingspartners is te lang: maximaal 2000 tekens, u heeft er 2001.")]
    [OnBothHosts("contact.name", "\"A\"", "Vul de naam van de contactpersoon in (2 tot 100 tekens).")]
    [OnBothHosts("contact.email", "\"anne@example\"", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.")]
    [OnBothHosts("contact.email", "\"Anne <anne@example.org>\"", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.")]
    [OnBothHosts("contact.email", null, "Vul het e-mailadres van de contactpersoon in.")]
    [OnBothHosts("contact.phone", "\"bel mij\"", "Vul een geldig telefoonnummer in (6 tot 30 tekens: cijfers, spaties, +, - en haakjes), of laat het veld leeg.")]
    [OnBothHosts("consent", "false", "Geef toestemming voor het gebruik van uw gegevens voor deze aanmelding; zonder toestemming kunnen wij uw aanmelding niet in behandeling nemen.")]
    [OnBothHosts("consent", "\"ja\"", "Deze waarde heeft niet het juiste type.")]
    public async Task Each_rule_refuses_its_field_alone_with_a_dutch_message(HostKind kind, string field, string? json, string message)
    {
        var intake = await hosts.On(kind);
        var body = IntakeApi.ValidBody();
        IntakeApi.Set(body, field, json is null ? null : json.StartsWith("x*", StringComparison.Ordinal)
            ? JsonValue.Create(new string('x', int.Parse(json[2..], System.Globalization.CultureInfo.InvariantCulture)))
            : JsonNode.Parse(json));

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, body);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal([field], errors.Keys);
        Assert.Equal(message, Assert.Single(errors[field]));
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_applicant_type_the_call_does_not_admit_is_refused(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var body = IntakeApi.ValidBody(organisation: "Woningcorporatie Portaal");
        body["applicantType"] = "woningcorporatie";

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.GemeenteOnlyCallId, body);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal(
            "Voor deze oproep kunt u zich niet aanmelden als woningcorporatie. Aanmelden kan alleen als gemeente.",
            Assert.Single(errors["applicantType"]));
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_unknown_call_is_404(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var response = await IntakeApi.SubmitAsync(intake.Client, "bestaat-niet", IntakeApi.ValidBody());

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Deze oproep bestaat niet.", problem.GetProperty("detail").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_closed_call_is_409_call_closed_and_stores_nothing(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood();

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.ClosedCallId, IntakeApi.ValidBody(wijk));

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("call-closed", problem.GetProperty("code").GetString());
        Assert.Equal("Aanmelden kon tot vrijdag 12 juli 2024, 17:00 (Nederlandse tijd).", problem.GetProperty("detail").GetString());
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.ClosedCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_body_over_the_limit_is_413_whether_or_not_its_length_is_announced(HostKind kind)
    {
        // JSON carries the attachments, so its limit is three full files as base64 and a megabyte besides.
        var intake = await hosts.On(kind);
        var body = IntakeApi.ValidBody();
        body["partners"] = new string('p', AttachmentRules.MaxRequestBytes);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());

        using var announced = new ByteArrayContent(bytes);
        announced.Headers.ContentType = new("application/json");
        using var withLength = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", announced);
        var problem = await IntakeApi.ProblemAsync(withLength, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("too-large", problem.GetProperty("code").GetString());

        using var chunked = new StreamContent(new UnknownLengthStream(bytes));
        chunked.Headers.ContentType = new("application/json");
        using var withoutLength = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", chunked);
        await IntakeApi.ProblemAsync(withoutLength, HttpStatusCode.RequestEntityTooLarge);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_body_just_under_64_KiB_is_read_and_validated(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var body = IntakeApi.ValidBody();
        body["partners"] = new string('p', 60 * 1024);

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, body);

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal(["partners"], errors.Keys);
    }

    [SkippableTheory]
    [OnBothHosts("{\"applicantType\": \"gemeente\",")]
    [OnBothHosts("niet eens json")]
    [OnBothHosts("")]
    [OnBothHosts("[1, 2, 3]")]
    [OnBothHosts("null")]
    public async Task Malformed_json_is_400(HostKind kind, string text)
    {
        var intake = await hosts.On(kind);
        using var content = new StringContent(text, Encoding.UTF8, "application/json");

        using var response = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", content);

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("malformed", problem.GetProperty("code").GetString());
    }

    [SkippableTheory]
    [OnBothHosts("text/plain")]
    [OnBothHosts("application/xml")]
    [OnBothHosts(null)]
    public async Task Another_content_type_is_415(HostKind kind, string? contentType)
    {
        var intake = await hosts.On(kind);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(IntakeApi.ValidBody().ToJsonString()));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await intake.Client.PostAsync($"/api/calls/{intake.OpenCallId}/applications", content);

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("unsupported-media-type", problem.GetProperty("code").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_same_idempotency_key_with_the_same_body_gives_the_same_application_and_never_a_second(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Tuindorp");
        var key = Guid.NewGuid().ToString();
        var body = IntakeApi.ValidBody(wijk);

        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body, key);
        var second = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body, key);

        Assert.Equal(first.Id, second.Id);
        var receipt = await IntakeApi.ReceiptAsync(intake.Client, second.Id, second.Token);
        Assert.Equal(wijk, receipt.GetProperty("application").GetProperty("neighbourhood").GetString());
        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_same_idempotency_key_sent_concurrently_makes_one_application(HostKind kind)
    {
        var intake = await hosts.On(kind);
        // A few rounds of simultaneous retries, so that a race between claiming the key and storing the row shows.
        for (var round = 0; round < 3; round++)
        {
            var wijk = IntakeApi.UniqueNeighbourhood("Wittevrouwen");
            var key = Guid.NewGuid().ToString();
            var body = IntakeApi.ValidBody(wijk);

            var all = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body, key)));

            Assert.Single(all.Select(a => a.Id).Distinct());
            Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_same_idempotency_key_with_another_body_is_422(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var key = Guid.NewGuid().ToString();
        var firstWijk = IntakeApi.UniqueNeighbourhood();
        var otherWijk = IntakeApi.UniqueNeighbourhood();
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(firstWijk), key);

        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(otherWijk), key);

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency-key-reused", problem.GetProperty("code").GetString());
        Assert.Empty(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, otherWijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_idempotency_key_that_is_too_long_is_400(HostKind kind)
    {
        var intake = await hosts.On(kind);
        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(), new string('k', 201));

        var errors = await IntakeApi.ValidationErrorsAsync(response);
        Assert.Equal(["Idempotency-Key"], errors.Keys);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_second_application_for_the_same_wijk_is_409_with_the_way_to_its_link_but_not_its_reference(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Rivierenwijk");
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        // The same organisation, gemeente and wijk, spelled a little differently.
        var again = IntakeApi.ValidBody(" " + wijk.ToUpperInvariant() + " ", municipality: "gemeente  utrecht", organisation: "GEMEENTE UTRECHT");
        using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, again);

        var text = await response.Content.ReadAsStringAsync();
        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("duplicate", problem.GetProperty("code").GetString());
        Assert.DoesNotContain(first.Id, text, StringComparison.Ordinal);
        Assert.Equal($"/api/calls/{intake.OpenCallId}/receipt-link", problem.GetProperty("receiptLink").GetString());
        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_refused_duplicate_sent_again_with_its_idempotency_key_is_refused_again(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Lombok");
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        var key = Guid.NewGuid().ToString();
        var again = IntakeApi.ValidBody(wijk, email: "tweede@example.org");

        foreach (var attempt in new[] { 1, 2 })
        {
            using var response = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, again, key);
            var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.Conflict);
            Assert.Equal("duplicate", problem.GetProperty("code").GetString());
            Assert.False(problem.TryGetProperty("existingId", out _));
        }

        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Applications_for_the_same_wijk_sent_at_once_make_one_application(HostKind kind)
    {
        var intake = await hosts.On(kind);
        for (var round = 0; round < 3; round++)
        {
            var wijk = IntakeApi.UniqueNeighbourhood("Vogelenbuurt");

            var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk))));
            try
            {
                Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
                Assert.Equal(15, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            }
            finally
            {
                foreach (var response in responses)
                {
                    response.Dispose();
                }
            }

            Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk));
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task Another_wijk_or_another_organisation_in_the_same_gemeente_may_apply(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Ondiep");
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk + " Noord"));
        var corporation = IntakeApi.ValidBody(wijk, organisation: "Woningcorporatie Mitros");
        corporation["applicantType"] = "woningcorporatie";
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, corporation);

        Assert.Equal(2, (await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk)).Count);
    }
}
