using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Launcher;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Aanmelding.Demo;

/// <summary>
/// The demo: a call with its deadline a minute ahead on LocalHost, twelve applications, decisions through the review
/// links in the coordinators' e-mail (the form, as a person would post it), the deadline passing, finalisation through
/// the admin API and the outcome table. Everything goes through HTTP and the outbox, as people would use it.
/// </summary>
internal static class DemoRun
{
    const string TimeZoneId = "Europe/Amsterdam";
    const int Capacity = 8;
    static readonly TimeSpan DeadlineAhead = TimeSpan.FromSeconds(60);
    static readonly string[] Coordinators = ["programmaleiding@example.org", "beoordelaar.platform31@example.org", "beoordelaar.nyenrode@example.org"];

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var storage = Environment.GetEnvironmentVariable("AANMELDING_DEMO_STORAGE");
        if (string.IsNullOrWhiteSpace(storage))
        {
            throw new DemoException("AANMELDING_DEMO_STORAGE is niet gezet. Start de demo met ./aanmelding demo; dat start ook Azurite.");
        }

        var dataFolder = Path.GetFullPath(Environment.GetEnvironmentVariable("AANMELDING_DATA") is { Length: > 0 } d ? d : Path.Combine(Repository.Root, ".local"));
        Directory.CreateDirectory(dataFolder);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var startedUtc = DateTime.UtcNow;
        var callId = "demo-" + TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var deadlineLocal = WholeSeconds(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + DeadlineAhead, zone).DateTime);
        var deadlineUtc = new DateTimeOffset(deadlineLocal, zone.GetUtcOffset(deadlineLocal)).ToUniversalTime();

        Title("Aanmelding – een hele oproep in een paar minuten");
        Line($"Oproep {callId}: \u201cVerduurzaming van kwetsbare wijken (demo)\u201d van Platform31 en Nyenrode.");
        Line($"{Capacity} plaatsen, één wijk per gemeente, {Coordinators.Length} beoordelaars. Deadline: {deadlineLocal:HH:mm:ss} (Nederlandse tijd), over {DeadlineAhead.TotalSeconds:0} seconden.");

        var settings = CallSettings(callId, deadlineLocal);
        Step("LocalHost starten");
        await using var host = await StartHostAsync(storage, dataFolder, settings, cancellationToken);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.KillHard();
        Line($"LocalHost draait op {host.BaseAddress} (gegevens in {dataFolder}).");
        var outbox = new DemoOutbox(host.OutboxPath, startedUtc);
        var adminKey = host.AdminKey;

        try
        {
            var applicants = DemoApplications.Create();
            await SubmitAsync(host, callId, applicants, cancellationToken);
            await ReviewAsync(host, outbox, applicants, cancellationToken);
            await PassDeadlineAsync(host, outbox, callId, deadlineUtc, cancellationToken);
            await FinalizeAsync(host, outbox, callId, adminKey, applicants, cancellationToken);
            await ShowOutcomeAsync(host, outbox, callId, adminKey, applicants, dataFolder, cancellationToken);
        }
        catch (DemoException e) when (e.HostOutput is null)
        {
            throw new DemoException(e.Message, host.Tail(30));
        }
        catch (HttpRequestException e)
        {
            throw new DemoException($"LocalHost antwoordde niet: {e.Message}", host.Tail(30));
        }
    }

    /// <summary>LocalHost with the demo's call, configured as <c>./aanmelding run</c> does, on a task hub of the demo's own.</summary>
    static async Task<AppHost> StartHostAsync(string storage, string dataFolder, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        // Timers and events within a second; the Azure Storage default polls every 30 s at worst.
        settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:00.500";
        settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "2";
        var options = new AppHostOptions
        {
            Storage = storage,
            Settings = settings,
            TaskHub = "Demo" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture),
            DataFolder = dataFolder,
        };
        try
        {
            return await AppHost.StartAsync(HostKind.LocalHost, options, cancellationToken: cancellationToken);
        }
        catch (AppHostException e)
        {
            throw new DemoException(e.Message, e.Output);
        }
        catch (InvalidOperationException e)
        {
            throw new DemoException(e.Message);
        }
    }

    static Dictionary<string, string> CallSettings(string callId, DateTime deadlineLocal)
    {
        var prefix = $"Calls__{callId}__";
        var settings = new Dictionary<string, string>
        {
            [prefix + "Title"] = "Verduurzaming van kwetsbare wijken (demo)",
            [prefix + "Organisers__0"] = "Platform31",
            [prefix + "Organisers__1"] = "Nyenrode Business Universiteit",
            [prefix + "Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
            [prefix + "OnePerMunicipality"] = "true",
            [prefix + "TimeZone"] = TimeZoneId,
            [prefix + "Deadline"] = deadlineLocal.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            [prefix + "ReviewDeadline"] = deadlineLocal.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),

            // The review period (an hour) is shorter than the reminder lead time, so the digest goes out as intake closes.
            [prefix + "ReminderDaysBeforeReviewDeadline"] = "1",

            // The seed call (deadline 2018) would close and finalise at once; keep it asleep so the outbox shows the demo only.
            [$"Calls__kwetsbare-wijken-2018__Deadline"] = "2099-07-13T23:59:59",

            // All the demo's applicants come from this one machine, faster than any real client would.
            ["RateLimits__IntakePerClientPerMinute"] = "1000",
        };
        for (var i = 0; i < Coordinators.Length; i++)
        {
            settings[$"{prefix}Coordinators__{i}"] = Coordinators[i];
        }

        return settings;
    }

    static async Task SubmitAsync(AppHost host, string callId, IReadOnlyList<DemoApplicant> applicants, CancellationToken cancellationToken)
    {
        Step($"Aanmelden: {applicants.Count} aanmeldingen via POST /api/calls/{callId}/applications");
        foreach (var applicant in applicants)
        {
            using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", applicant.Form(), cancellationToken);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new DemoException($"De aanmelding van {applicant.Organisation} kreeg {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            applicant.Id = body.GetProperty("id").GetString()!;
            Line($"  {applicant.Id}  {applicant.Organisation,-20} {applicant.Neighbourhood} ({applicant.Municipality})");
        }
    }

    static async Task ReviewAsync(AppHost host, DemoOutbox outbox, IReadOnlyList<DemoApplicant> applicants, CancellationToken cancellationToken)
    {
        Step("Beoordelen via de persoonlijke links in de e-mail");
        var expected = applicants.Count * Coordinators.Length;
        var ids = applicants.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        await outbox.WaitForAsync("acknowledgement", m => ids.Any(id => (m.TextBody ?? "").Contains(id, StringComparison.Ordinal)), applicants.Count, TimeSpan.FromSeconds(90), cancellationToken);
        var requests = await outbox.WaitForAsync("review-request", m => ids.Any(id => (m.TextBody ?? "").Contains(id, StringComparison.Ordinal)), expected, TimeSpan.FromSeconds(90), cancellationToken);
        Line($"  {applicants.Count} ontvangstbevestigingen naar de aanmelders, {requests.Count} beoordelingsverzoeken naar de beoordelaars.");

        // The programme lead decides everything; a second coordinator confirms the three best, so the reminders differ.
        foreach (var applicant in applicants)
        {
            await DecideAsync(host, requests, Coordinators[0], applicant, cancellationToken);
        }

        foreach (var applicant in applicants.Where(a => a.Decision == DemoApplications.Approved).OrderByDescending(a => a.Score).Take(3))
        {
            await DecideAsync(host, requests, Coordinators[1], applicant, cancellationToken);
        }
    }

    /// <summary>Opens the review link from the coordinator's e-mail, then presses the button on the page, as a person would.</summary>
    static async Task DecideAsync(AppHost host, IReadOnlyList<MimeMessage> requests, string coordinator, DemoApplicant applicant, CancellationToken cancellationToken)
    {
        var mail = requests.First(m => DemoOutbox.To(m) == coordinator && (m.TextBody ?? "").Contains(applicant.Id, StringComparison.Ordinal));
        var link = Links(mail).First(l => l.Contains($"/review/{applicant.Id}?token=", StringComparison.Ordinal));
        using var page = await host.Client.GetAsync(new Uri(link).PathAndQuery, cancellationToken);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(cancellationToken));
        var form = document.QuerySelector("form[method=post]") ?? throw new DemoException($"De beoordelingspagina van {applicant.Id} heeft geen formulier ({(int)page.StatusCode}).");
        var fields = new Dictionary<string, string>
        {
            ["token"] = form.QuerySelector("input[name=token]")?.GetAttribute("value") ?? "",
            ["score"] = applicant.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["note"] = applicant.Decision == DemoApplications.Approved ? "Sterke samenwerking in de wijk." : "Te weinig concreet over de aanpak.",
            ["decision"] = applicant.Decision,
        };
        using var content = new FormUrlEncodedContent(fields);
        using var response = await host.Client.PostAsync(form.GetAttribute("action"), content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new DemoException($"Het besluit over {applicant.Id} kreeg {(int)response.StatusCode}.");
        }

        var what = applicant.Decision == DemoApplications.Approved
            ? applicant.Score is { } score ? $"goedgekeurd, score {score}" : "goedgekeurd"
            : "afgewezen";
        Line($"  {coordinator,-36} {applicant.Neighbourhood,-24} {what}");
    }

    static async Task PassDeadlineAsync(AppHost host, DemoOutbox outbox, string callId, DateTimeOffset deadlineUtc, CancellationToken cancellationToken)
    {
        Step("Wachten op de deadline");
        while (DateTimeOffset.UtcNow <= deadlineUtc)
        {
            var left = deadlineUtc - DateTimeOffset.UtcNow;
            Line($"  nog {Math.Ceiling(left.TotalSeconds):0} seconden ...");
            await Task.Delay(left < TimeSpan.FromSeconds(10) ? left : TimeSpan.FromSeconds(10), cancellationToken);
        }

        // Intake stays open until the end of the deadline's last second; the host says when it has closed.
        await WaitUntilClosedAsync(host, callId, deadlineUtc, cancellationToken);

        // The request-time check refuses at once, whether or not the workflow's timer has fired yet.
        var late = new DemoApplicant("gemeente", "Gemeente Nijmegen", "Nijmegen", "Dukenburg", 3000, "nee", ["armoede"],
            "Wij zijn net te laat, maar willen graag meedoen met de aanpak van energiearmoede en de warmtetransitie in Dukenburg en omliggende buurten.",
            "Tom Peters", "dukenburg@example.org", DemoApplications.Approved, null);
        using var refused = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", late.Form(), cancellationToken);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Line($"  Een aanmelding van na de deadline: {(int)refused.StatusCode} \u201c{problem.GetProperty("title").GetString()}\u201d");

        var summaries = await outbox.WaitForAsync("intake-closed", m => (m.TextBody ?? "").Contains(callId, StringComparison.Ordinal), Coordinators.Length, TimeSpan.FromSeconds(90), cancellationToken);
        Line($"  De aanmeldtermijn is gesloten; {summaries.Count} beoordelaars kregen de samenvatting: \u201c{summaries[0].Subject}\u201d.");
        var digests = await outbox.WaitForAsync("reminder-digest", _ => true, Coordinators.Length - 1, TimeSpan.FromSeconds(60), cancellationToken);
        foreach (var digest in digests.OrderBy(DemoOutbox.To, StringComparer.Ordinal))
        {
            Line($"  Herinnering aan {DemoOutbox.To(digest)}: \u201c{digest.Subject}\u201d");
        }
    }

    static async Task WaitUntilClosedAsync(AppHost host, string callId, DateTimeOffset deadlineUtc, CancellationToken cancellationToken)
    {
        while (true)
        {
            var info = await host.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}", cancellationToken);
            if (!info.GetProperty("open").GetBoolean())
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadlineUtc.AddSeconds(30))
            {
                throw new DemoException("De oproep bleef open, een halve minuut na de deadline.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    static async Task FinalizeAsync(AppHost host, DemoOutbox outbox, string callId, string adminKey, IReadOnlyList<DemoApplicant> applicants, CancellationToken cancellationToken)
    {
        Step($"Afronden via de beheer-API: POST /api/calls/{callId}/finalize");
        using (var request = Admin(HttpMethod.Post, $"/api/calls/{callId}/finalize", adminKey))
        using (var response = await host.Client.SendAsync(request, cancellationToken))
        {
            Line($"  {(int)response.StatusCode} {response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new DemoException($"Afronden kreeg {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var request = Admin(HttpMethod.Get, $"/api/calls/{callId}/outcome", adminKey);
            using var response = await host.Client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new DemoException($"De selectie werd niet binnen 90 seconden definitief ({(int)response.StatusCode}).");
            }

            await Task.Delay(500, cancellationToken);
        }

        Line("  De selectie is definitief en opgeslagen.");
        var ids = applicants.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var outcomes = await outbox.WaitForAsync("outcome", m => ids.Any(id => (m.TextBody ?? "").Contains(id, StringComparison.Ordinal)), applicants.Count, TimeSpan.FromSeconds(90), cancellationToken);
        Line($"  {outcomes.Count} aanvragers kregen tegelijk hun uitslag per e-mail.");
        var finals = await outbox.WaitForAsync("final-summary", m => m.Attachments.Any(), Coordinators.Length, TimeSpan.FromSeconds(60), cancellationToken);
        Line($"  {finals.Count} coördinatoren kregen het eindoverzicht met de selectie als CSV-bijlage.");
    }

    static async Task ShowOutcomeAsync(AppHost host, DemoOutbox outbox, string callId, string adminKey, IReadOnlyList<DemoApplicant> applicants, string dataFolder, CancellationToken cancellationToken)
    {
        using var request = Admin(HttpMethod.Get, $"/api/calls/{callId}/outcome", adminKey);
        using var response = await host.Client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);

        Step($"De uitkomst: {body.GetProperty("selected").GetInt32()} geselecteerd, {body.GetProperty("reserve").GetInt32()} reserve, {body.GetProperty("notSelected").GetInt32()} niet geselecteerd");
        var rows = body.GetProperty("outcomes").EnumerateArray().Select(o => new[]
        {
            o.GetProperty("rank").ValueKind == JsonValueKind.Number ? o.GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture) : "–",
            Label(o.GetProperty("outcome").GetString()),
            o.GetProperty("municipality").GetString() ?? "",
            o.GetProperty("neighbourhood").GetString() ?? "",
            o.GetProperty("reason").GetString() ?? "",
        }).ToList();
        PrintTable(["Rang", "Uitkomst", "Gemeente", "Wijk", "Toelichting"], rows);

        using var csvRequest = Admin(HttpMethod.Get, $"/api/calls/{callId}/outcome", adminKey);
        csvRequest.Headers.Add("Accept", "text/csv");
        using var csv = await host.Client.SendAsync(csvRequest, cancellationToken);
        var csvPath = Path.Combine(dataFolder, $"selectie-{callId}.csv");
        await File.WriteAllBytesAsync(csvPath, await csv.Content.ReadAsByteArrayAsync(cancellationToken), cancellationToken);

        var first = applicants[0];
        var mails = outbox.Read();
        Step("Zelf kijken");
        Line($"  De selectie als CSV (opent in Excel): {csvPath}");
        Line($"  Alle {mails.Count} e-mails van deze demo staan als .eml in {outbox.Folder}:");
        foreach (var group in mails.GroupBy(m => m.Headers[DemoOutbox.KindHeader] ?? "").OrderBy(g => Order(g.Key)))
        {
            Line($"    {group.Count(),3}  {KindLabel(group.Key)}");
        }

        Line($"  Bijvoorbeeld de uitslag voor {first.Neighbourhood}: \u201c{mails.First(m => m.Headers[DemoOutbox.KindHeader] == "outcome" && DemoOutbox.To(m) == first.ContactEmail).Subject}\u201d");
        Line("  Start ./aanmelding run en open http://localhost:7071/dev/outbox om ze in de browser te lezen.");
        Line("  (De links in deze e-mails wijzen naar de demo-server, die nu weer is gestopt.)");
    }

    static HttpRequestMessage Admin(HttpMethod method, string path, string adminKey)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", adminKey);
        return request;
    }

    static IEnumerable<string> Links(MimeMessage message) =>
        System.Text.RegularExpressions.Regex.Matches(message.TextBody ?? "", @"https?://[^\s<>""]+").Select(m => m.Value.TrimEnd('.', ',', ')'));

    static string Label(string? outcome) => outcome switch
    {
        "selected" => "Geselecteerd",
        "reserve" => "Reserve",
        "not-selected" => "Niet geselecteerd",
        "withdrawn" => "Ingetrokken",
        _ => outcome ?? "",
    };

    static int Order(string kind) => Array.IndexOf(KindOrder, kind) is var i and >= 0 ? i : KindOrder.Length;

    static readonly string[] KindOrder = ["acknowledgement", "review-request", "intake-closed", "reminder-digest", "outcome", "final-summary"];

    static string KindLabel(string kind) => kind switch
    {
        "acknowledgement" => "ontvangstbevestigingen aan aanvragers",
        "review-request" => "beoordelingsverzoeken aan coördinatoren",
        "intake-closed" => "samenvattingen bij het sluiten",
        "reminder-digest" => "herinneringen om te beoordelen",
        "outcome" => "uitslagen aan aanvragers",
        "final-summary" => "eindoverzichten met CSV",
        _ => kind,
    };

    static void PrintTable(string[] headers, List<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Format(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));
        Line(Format(headers));
        Line("  " + string.Join("  ", widths.Select((w, i) => new string('-', i == widths.Length - 1 ? Math.Min(w, 40) : w))));
        foreach (var row in rows)
        {
            Line(Format(row));
        }
    }

    static DateTime WholeSeconds(DateTime value) =>
        DateTime.SpecifyKind(new DateTime(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Unspecified);

    static int step;

    static void Title(string text)
    {
        Console.WriteLine();
        Console.WriteLine(text);
        Console.WriteLine(new string('=', text.Length));
    }

    static void Step(string text)
    {
        Console.WriteLine();
        Console.WriteLine($"{++step}. {text}");
    }

    static void Line(string text) => Console.WriteLine(text);
}
