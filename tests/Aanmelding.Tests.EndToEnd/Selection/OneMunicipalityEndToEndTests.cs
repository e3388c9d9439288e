using System.Net;
using System.Text;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>
/// One municipality is one municipality (issue 14, point 2), played on the real stack: the same gemeente written with a
/// zero-width space, a hyphen for a space, other case and spacing, or as its CBS code is one gemeente for the
/// selection and for the duplicate check; a letter from another script is refused with the real name. Then what the
/// call produces from it: the official name everywhere, CSV that no spreadsheet reads as a formula, and no submitted
/// text in any e-mail header.
/// </summary>
[LongRunning(4)]
public sealed class OneMunicipalityEndToEndTests : HostPerTest
{
    const string Coordinator = "coordinator-gemeente@example.org";

    /// <summary>An organisation name that a spreadsheet would run as formulas, whichever separator it splits on.</summary>
    const string FormulaOrganisation = "=HYPERLINK(\"http://x\"),=1+1;@SUM(A1)";

    readonly string callId = CallConfiguration.NewCallId();
    DateTime deadlineLocal;

    /// <summary>Starts the host of <paramref name="kind"/> for the test, with the call configured.</summary>
    async Task StartAsync(HostKind kind)
    {
        deadlineLocal = MovedDeadline.FarLocal();
        var settings = CallConfiguration.Open(callId, deadlineLocal, Coordinator);
        settings[$"Calls__{callId}__ReviewDeadline"] = CallClock.Format(deadlineLocal.AddDays(14));
        await StartHostAsync(kind, MovedDeadline.WithSweep(settings));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_same_gemeente_written_differently_is_one_gemeente_for_the_selection_and_the_duplicate_check(HostKind kind)
    {
        await StartAsync(kind);
        // Four wijken in Utrecht, written four ways; two in Den Helder, with a hyphen for a space and without capitals.
        var utrecht = new[]
        {
            await AcceptedAsync("Utrecht", "Overvecht", "Gemeente Utrecht", score: 5),
            await AcceptedAsync("Utr\u200Becht", "Kanaleneiland", "Woningstichting Mitros", score: 4),
            await AcceptedAsync("  UTRECHT ", "Zuilen", "Bo-Ex", score: 4),
            await AcceptedAsync("GM0344", "Lunetten", "Portaal", score: 3),
        };
        var denHelder = new[]
        {
            await AcceptedAsync("Den-Helder", "Nieuw-Den Helder", "Gemeente Den Helder", score: 5),
            await AcceptedAsync("den helder", "Julianadorp", "Woningstichting Den Helder", score: 4),
        };
        var arnhem = await AcceptedAsync("Arnhem", "Presikhaaf", FormulaOrganisation, score: 2);

        // A look-alike letter from another script is refused, with the real name offered.
        using (var cyrillic = await IntakeApi.SubmitAsync(Host.Client, callId, IntakeApi.ValidBody("Hoograven", municipality: "Utr\u0435cht", organisation: "Gemeente Utrecht")))
        {
            var errors = await IntakeApi.ValidationErrorsAsync(cyrillic);
            Assert.Contains("Bedoelt u Utrecht?", Assert.Single(errors["municipality"]), StringComparison.Ordinal);
        }

        // The same organisation, gemeente and wijk written differently is the same application; a hidden character in the wijk is refused.
        foreach (var (municipality, neighbourhood, organisation) in new[]
        {
            ("utrecht", "OVERVECHT ", "gemeente  UTRECHT"),
            ("GM0344", "\u041Evervecht", "Gemeente Utrecht"),
            ("Utrecht", "Overvecht", "Gemeente\u00A0Utrecht"),
        })
        {
            using var duplicate = await IntakeApi.SubmitAsync(Host.Client, callId, IntakeApi.ValidBody(neighbourhood, municipality, organisation));
            Assert.Equal("duplicate", (await IntakeApi.ProblemAsync(duplicate, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        using (var hidden = await IntakeApi.SubmitAsync(Host.Client, callId, IntakeApi.ValidBody("Over\u200Bvecht", "Utrecht", "Gemeente Utrecht")))
        {
            Assert.Contains("neighbourhood", (await IntakeApi.ValidationErrorsAsync(hidden)).Keys);
        }

        Assert.True(DateTime.UtcNow < CallClock.ToUtc(deadlineLocal), "the applications were in only after the deadline; the machine is too busy for this test");

        // The work is done: the deadline moves to now (see MovedDeadline).
        await ReviewFlow.WaitUntilClosedAsync(Host, callId, await MovedDeadline.MoveToNowAsync(Host, callId));
        using (var finalize = await AdminApi.SendAsync(Host, HttpMethod.Post, $"/api/calls/{callId}/finalize"))
        {
            Assert.Equal(HttpStatusCode.Accepted, finalize.StatusCode);
        }

        var outcome = await AdminApi.WaitForOutcomeAsync(Host, callId);
        string OutcomeOf(string id) => outcome.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id).GetProperty("outcome").GetString()!;

        Assert.Equal(["selected", "not-selected", "not-selected", "not-selected"], utrecht.Select(OutcomeOf));
        Assert.Equal(["selected", "not-selected"], denHelder.Select(OutcomeOf));
        Assert.Equal("selected", OutcomeOf(arnhem));
        Assert.All(outcome.GetProperty("outcomes").EnumerateArray().Where(o => utrecht.Skip(1).Contains(o.GetProperty("id").GetString())), o =>
            Assert.Equal("Niet geselecteerd: uit gemeente Utrecht is al een andere aanmelding geselecteerd (één wijk per gemeente).", o.GetProperty("reason").GetString()));

        // The official name and the CBS code, however it was written.
        var rows = (await ReviewFlow.AdminListAsync(Host, callId)).GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        foreach (var row in rows.Where(r => utrecht.Contains(r.GetProperty("id").GetString())))
        {
            Assert.Equal("Utrecht", row.GetProperty("municipality").GetString());
            Assert.Equal("GM0344", row.GetProperty("municipalityCode").GetString());
        }

        Assert.All(rows.Where(r => denHelder.Contains(r.GetProperty("id").GetString())), r => Assert.Equal("GM0400", r.GetProperty("municipalityCode").GetString()));

        // The CSV download and the coordinator's attachment are one file, and no cell of it starts a formula for any separator.
        using var csvResponse = await AdminApi.SendAsync(Host, HttpMethod.Get, $"/api/calls/{callId}/outcome", "text/csv");
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        var summary = Assert.Single(await Outbox.WaitForAsync(Host.OutboxPath, m => Kind(m) == "final-summary" && Outbox.To(m) == Coordinator));
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(summary.Attachments));
        using (var attached = new MemoryStream())
        {
            await attachment.Content!.DecodeToAsync(attached);
            Assert.Equal(csv, attached.ToArray());
        }

        var text = Encoding.UTF8.GetString(csv);
        Assert.Contains("Utrecht", text, StringComparison.Ordinal);
        foreach (var separator in new[] { ';', ',', '\t' })
        {
            foreach (var cell in text.Split("\r\n").SelectMany(line => line.Split(separator)))
            {
                var start = cell.TrimStart('\uFEFF', ' ', '"');
                Assert.False(start.Length > 0 && start[0] is '=' or '+' or '-' or '@', $"'{cell}' starts a formula when split on '{separator}'");
            }
        }

        // No submitted text in any header of any mail: no display names, subjects of our own words and references.
        var submitted = new[] { "Mitros", "Bo-Ex", "Portaal", "Overvecht", "Kanaleneiland", "Presikhaaf", "HYPERLINK", "Anne de Vries" };
        foreach (var mail in Outbox.Read(Host.OutboxPath))
        {
            Assert.All(mail.To.Mailboxes, m => Assert.True(string.IsNullOrEmpty(m.Name), $"'{mail.Subject}' is addressed to a name"));
            Assert.DoesNotContain(submitted, s => (mail.Subject ?? "").Contains(s, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Submits, approves with the coordinator's link from the outbox, and returns the reference.</summary>
    async Task<string> AcceptedAsync(string municipality, string neighbourhood, string organisation, int score)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var accepted = await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, IntakeApi.ValidBody(neighbourhood, municipality, organisation, email));
        var token = (await ReviewFlow.WaitForReviewLinksAsync(Host, accepted.Id, Coordinator))[Coordinator].Token;
        var (status, _, _) = await ReviewFlow.PostJsonAsync(Host, accepted.Id, new { token, decision = "approved", score });
        Assert.Equal(HttpStatusCode.OK, status);
        return accepted.Id;
    }

    static string? Kind(MimeMessage message) => message.Headers["X-Aanmelding-Kind"];
}
