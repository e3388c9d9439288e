using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>
/// Plays one whole call on one host and Azurite, once for all the selection tests: eight applications from seven
/// municipalities before a deadline some seconds ahead, decisions by two coordinators through the review links in
/// their e-mail, the deadline passing, and finalisation through the admin API. The tests then look at what every
/// party received. Capacity 3, so there are places, reserves and a second wijk from one gemeente.
/// </summary>
public sealed class SelectionScenario : IAsyncDisposable
{
    public const string CoordinatorA = "coordinator-a@example.org";
    public const string CoordinatorB = "coordinator-b@example.org";
    public const int Capacity = 3;

    /// <summary>
    /// Enough time to start the host, submit and decide on a machine that others keep busy too; decisions must be in
    /// before the deadline, because the intake summary and the reminder digests report them. The Functions host takes
    /// longer to start (150 s was once too short for it under a load of 40). The wait costs little: the class starts
    /// first, both hosts play at the same time, and the other classes run meanwhile.
    /// </summary>
    static TimeSpan DeadlineAhead(HostKind kind) => TimeSpan.FromSeconds(kind == HostKind.LocalHost ? 150 : 240);

    public string CallId { get; } = CallConfiguration.NewCallId();
    public AppHost Host { get; private set; } = null!;
    public DateTime DeadlineLocal { get; private set; }
    public DateTimeOffset DeadlineUtc => CallClock.ToUtc(DeadlineLocal);

    public ScenarioApplicant UtrechtOvervecht { get; } = new("Gemeente Utrecht", "gemeente", "Utrecht", "Overvecht", "overvecht@example.org");
    public ScenarioApplicant Rotterdam { get; } = new("Woonstad Rotterdam", "woningcorporatie", "Rotterdam", "Bospolder-Tussendijken", "bospolder@example.org");
    public ScenarioApplicant UtrechtKanaleneiland { get; } = new("Mitros", "woningcorporatie", "Utrecht", "Kanaleneiland", "kanaleneiland@example.org");
    public ScenarioApplicant Groningen { get; } = new("Gemeente Groningen", "gemeente", "Groningen", "Selwerd", "selwerd@example.org");
    public ScenarioApplicant Arnhem { get; } = new("Gemeente Arnhem", "gemeente", "Arnhem", "Presikhaaf", "presikhaaf@example.org");
    public ScenarioApplicant Zwolle { get; } = new("SWZ", "woningcorporatie", "Zwolle", "Holtenbroek", "holtenbroek@example.org");
    public ScenarioApplicant Tilburg { get; } = new("Gemeente Tilburg", "gemeente", "Tilburg", "Groenewoud", "groenewoud@example.org");
    public ScenarioApplicant Enschede { get; } = new("Domijn", "woningcorporatie", "Enschede", "Velve-Lindenhof", "velve-lindenhof@example.org");

    /// <summary>In submission order.</summary>
    public IReadOnlyList<ScenarioApplicant> Applicants => [UtrechtOvervecht, Rotterdam, UtrechtKanaleneiland, Groningen, Arnhem, Zwolle, Tilburg, Enschede];

    /// <summary>What the admin finalise route answered while intake was still open.</summary>
    public (HttpStatusCode Status, JsonElement Body) FinalizeWhileOpen { get; private set; }

    /// <summary>What the admin finalise route answered after the deadline.</summary>
    public (HttpStatusCode Status, JsonElement Body) FinalizeAfterDeadline { get; private set; }

    public static async Task<SelectionScenario> PlayAsync(HostKind kind)
    {
        var scenario = new SelectionScenario();
        try
        {
            await scenario.PlayOnAsync(kind);
        }
        catch
        {
            await scenario.DisposeAsync();
            throw;
        }

        return scenario;
    }

    async Task PlayOnAsync(HostKind kind)
    {
        var deadlineAhead = DeadlineAhead(kind);
        DeadlineLocal = CallClock.LocalIn(deadlineAhead);
        var settings = CallConfiguration.Open(CallId, DeadlineLocal, CoordinatorA, CoordinatorB);
        settings[$"Calls__{CallId}__Capacity"] = Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings[$"Calls__{CallId}__ReviewDeadline"] = CallClock.Format(DeadlineLocal.AddMinutes(10));

        // A review period shorter than the reminder lead time: the digest is due at once when intake closes.
        settings[$"Calls__{CallId}__ReminderDaysBeforeReviewDeadline"] = "1";
        Host = await TestHosts.StartAsync(kind, settings);

        FinalizeWhileOpen = await FinalizeAsync();

        foreach (var applicant in Applicants)
        {
            using var response = await Host.Client.PostAsJsonAsync($"/api/calls/{CallId}/applications", applicant.Form());
            Ensure(response.StatusCode == HttpStatusCode.Accepted, $"submission for {applicant.Neighbourhood} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            applicant.Id = body.GetProperty("id").GetString()!;
            applicant.StatusUrl = body.GetProperty("statusUrl").GetString()!;
        }

        var requests = await WaitForMailsAsync(MailKind.ReviewRequest, 2 * Applicants.Count);
        Ensure(requests.Count == 2 * Applicants.Count, $"{requests.Count} review requests arrived, expected {2 * Applicants.Count}");

        // Coordinator A decides most; B approves the second Utrecht wijk and revises A's rejection of Groningen.
        await DecideByFormAsync(CoordinatorA, UtrechtOvervecht, "approved", 5);
        await DecideByJsonAsync(CoordinatorA, Rotterdam, "approved", 4);
        await DecideByFormAsync(CoordinatorA, Groningen, "approved", null); // beside B's approval with 4: approved, score 4 (README: combine rule)
        await DecideByFormAsync(CoordinatorA, Arnhem, "approved", null);
        await DecideByJsonAsync(CoordinatorA, Zwolle, "rejected", null);
        await DecideByFormAsync(CoordinatorA, Enschede, "approved", 2);
        await DecideByFormAsync(CoordinatorB, UtrechtKanaleneiland, "approved", 5);
        await DecideByFormAsync(CoordinatorB, Groningen, "approved", 4);
        Ensure(DateTimeOffset.UtcNow < DeadlineUtc,
            $"the decisions were recorded only after the deadline ({deadlineAhead.TotalSeconds} s after start); the machine is too busy for this scenario");

        var closed = await WaitForMailsAsync(MailKind.IntakeClosed, 2, deadlineAhead + TimeSpan.FromSeconds(90));
        Ensure(closed.Count == 2, $"{closed.Count} intake-closed summaries arrived, expected 2");
        await WaitForMailsAsync(MailKind.ReminderDigest, 2);

        FinalizeAfterDeadline = await FinalizeAsync();
        await WaitForFinalOutcomeAsync();
        await WaitForMailsAsync(MailKind.Outcome, Applicants.Count);
        await WaitForMailsAsync(MailKind.FinalSummary, 2);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    /// <summary>
    /// The messages of one kind to this call's coordinators and applicants. The host runs the seed call too, whose
    /// workflow (deadline in 2018) mails its own coordinator into the same outbox.
    /// </summary>
    public IReadOnlyList<MimeMessage> Mails(string kind) => Outbox.Read(Host.OutboxPath).Where(m => MailKind.Is(m, kind) && IsOurs(m)).ToList();

    /// <summary>Every message to this call's coordinators and applicants.</summary>
    public IReadOnlyList<MimeMessage> AllMails() => Outbox.Read(Host.OutboxPath).Where(IsOurs).ToList();

    bool IsOurs(MimeMessage message)
    {
        var to = Outbox.To(message);
        return to is CoordinatorA or CoordinatorB || Applicants.Any(a => a.Email == to);
    }

    Task<IReadOnlyList<MimeMessage>> WaitForMailsAsync(string kind, int count, TimeSpan? timeout = null) =>
        Outbox.WaitForAsync(Host.OutboxPath, m => MailKind.Is(m, kind) && IsOurs(m), count, timeout ?? TimeSpan.FromSeconds(90));

    public async Task<(HttpStatusCode Status, JsonElement Body)> FinalizeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{CallId}/finalize");
        request.Headers.Add("x-functions-key", Host.AdminKey);
        using var response = await Host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<HttpResponseMessage> GetOutcomeAsync(string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{CallId}/outcome");
        request.Headers.Add("x-functions-key", Host.AdminKey);
        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await Host.Client.SendAsync(request);
    }

    /// <summary>The review link a coordinator received for an application, as a path with its token.</summary>
    public string ReviewLink(string coordinator, ScenarioApplicant applicant)
    {
        var mail = Mails(MailKind.ReviewRequest).Single(m => Outbox.To(m) == coordinator && (m.TextBody ?? "").Contains(applicant.Id, StringComparison.Ordinal));
        var link = new Uri(Outbox.Links(mail).Single(l => l.Contains($"/review/{applicant.Id}?token=", StringComparison.Ordinal)));
        return link.PathAndQuery;
    }

    /// <summary>As a coordinator does it: open the link from the e-mail, choose a score, press the button.</summary>
    async Task DecideByFormAsync(string coordinator, ScenarioApplicant applicant, string decision, int? score)
    {
        using var page = await Host.Client.GetAsync(ReviewLink(coordinator, applicant));
        Ensure(page.StatusCode == HttpStatusCode.OK, $"the review page of {applicant.Neighbourhood} answered {(int)page.StatusCode}");
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector("form[method=post]") ?? throw new InvalidOperationException("The review page has no form.");
        var fields = new Dictionary<string, string>
        {
            ["token"] = form.QuerySelector("input[name=token]")!.GetAttribute("value")!,
            ["score"] = score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["note"] = "Beoordeeld in de end-to-endtest.",
            ["decision"] = form.QuerySelector($"button[name=decision][value={decision}]")!.GetAttribute("value")!,
        };

        using var content = new FormUrlEncodedContent(fields);
        using var response = await Host.Client.PostAsync(form.GetAttribute("action"), content);
        var html = await response.Content.ReadAsStringAsync();
        Ensure(response.StatusCode == HttpStatusCode.OK && html.Contains("Uw besluit is vastgelegd", StringComparison.Ordinal),
            $"the decision on {applicant.Neighbourhood} answered {(int)response.StatusCode}");
    }

    /// <summary>The JSON twin of the review form, with the token from the same e-mail link.</summary>
    async Task DecideByJsonAsync(string coordinator, ScenarioApplicant applicant, string decision, int? score)
    {
        var token = QueryHelpers.ParseQuery(new Uri(Host.BaseAddress, ReviewLink(coordinator, applicant)).Query)["token"].ToString();
        using var response = await Host.Client.PostAsJsonAsync($"/api/applications/{applicant.Id}/review", new { token, decision, score });
        Ensure(response.StatusCode == HttpStatusCode.OK, $"the JSON decision on {applicant.Neighbourhood} answered {(int)response.StatusCode}");
    }

    async Task WaitForFinalOutcomeAsync()
    {
        // A failure guard, not a timing: on a machine loaded many times over the engine's partition leases stall for a while.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            using var response = await GetOutcomeAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Ensure(DateTime.UtcNow < deadline, $"the outcome was not final within 180 s (last answer {(int)response.StatusCode})");
            await Task.Delay(500);
        }
    }

    void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The played call went wrong: {message}.{Environment.NewLine}{Host?.Output}");
        }
    }
}
