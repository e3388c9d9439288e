using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Hostile input against every route: never a 5xx, always a problem or a page, nothing stored or changed, and the
/// host answers normally afterwards. Plus random mutations of a valid submission.
/// </summary>
[LongRunning(9)]
public sealed class HostileInputTests(HostileInputHosts hosts, ITestOutputHelper output) : IClassFixture<HostileInputHosts>
{
    const int FuzzIterations = 300;
    static readonly TimeSpan FuzzTime = TimeSpan.FromSeconds(20);

    /// <summary>Characters that mean something to JSON, plus NUL and a byte that is never valid UTF-8.</summary>
    const string Alphabet = "{}[]\",:\\0123456789-+.eEtrufalsn \u0000\u00ff";

    [Fact]
    public void The_corpus_covers_every_route_with_at_least_fifty_requests()
    {
        Assert.True(HostileCorpus.All.Count >= 50, $"only {HostileCorpus.All.Count} cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [SkippableTheory]
    [MemberData(nameof(HostileCorpus.OnBothHosts), MemberType = typeof(HostileCorpus))]
    public async Task A_hostile_request_is_refused_cleanly_and_changes_nothing(HostKind kind, string name)
    {
        var fixture = await hosts.On(kind);
        var hostile = HostileCorpus.Named(name);
        var before = await fixture.Stored.ApplicationsAsync(fixture.CallId);

        var answer = await hostile.Send(fixture);
        output.WriteLine(answer.ToString());

        AssertClean(fixture, hostile, answer);
        var after = await fixture.Stored.ApplicationsAsync(fixture.CallId);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        await AssertReferenceApplicationUntouchedAsync(fixture);

        using var health = await fixture.Host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [SkippableTheory, OnBothHosts]
    public async Task After_the_whole_corpus_the_host_answers_normally(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        foreach (var hostile in HostileCorpus.All)
        {
            AssertClean(fixture, hostile, await hostile.Send(fixture));
        }

        using var health = await fixture.Host.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var submitted = await fixture.Host.Client.PostAsJsonAsync(
            $"/api/calls/{fixture.CallId}/applications",
            TestApplication.Of("Utrecht", "Na de aanval", "Gemeente Na de aanval", "na-de-aanval@example.org").Json());
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var statusUrl = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusUrl").GetString()!;
        using var receipt = await fixture.Host.Client.GetAsync(new Uri(statusUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);

        var acknowledgement = await Outbox.WaitForAsync(fixture.Host.OutboxPath, m => Outbox.To(m) == "na-de-aanval@example.org", timeout: TimeSpan.FromMinutes(2));
        Assert.Single(acknowledgement);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_valid_submission_with_a_UTF8_byte_order_mark_is_accepted(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        var json = JsonSerializer.Serialize(TestApplication.Of("Utrecht", "Bomstad", "Gemeente Bomstad", "bom@example.org").Json());
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await fixture.Host.Client.PostAsync($"/api/calls/{fixture.CallId}/applications", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("Gemeente Bomstad", (await fixture.Stored.ApplicationsAsync(fixture.CallId))[id].Organisation);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Random_mutations_of_a_valid_submission_never_fail_the_server_and_every_202_is_a_complete_application(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("AANMELDING_FUZZ_SEED"), out var chosen) ? chosen : Environment.TickCount;
        output.WriteLine($"seed {seed} (repeat with AANMELDING_FUZZ_SEED={seed})");
        var random = new Random(seed);
        var before = await fixture.Stored.ApplicationsAsync(fixture.CallId);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        var statuses = new Dictionary<int, int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var iteration = 0;
        for (; iteration < FuzzIterations && clock.Elapsed < FuzzTime; iteration++)
        {
            var original = JsonSerializer.Serialize(TestApplication.Of(TestApplication.AnyMunicipality(iteration), "Centrum", $"Gemeente Fuzz {seed} {iteration}", $"fuzz-{iteration}@example.org").Json());
            var mutated = Mutate(Encoding.UTF8.GetBytes(original), random);
            using var content = new ByteArrayContent(mutated);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await fixture.Host.Client.PostAsync($"/api/calls/{fixture.CallId}/applications", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(status < 500, $"iteration {iteration} (seed {seed}) got {status} for {Encoding.UTF8.GetString(mutated)}: {body}");
            if (status == 202)
            {
                accepted.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
            }
        }

        output.WriteLine($"{iteration} mutations in {clock.Elapsed.TotalSeconds:0.0} s: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value}× {s.Key}")));

        // Every 202 is stored whole and valid; nothing else was stored.
        var after = await fixture.Stored.ApplicationsAsync(fixture.CallId);
        var added = after.Keys.Except(before.Keys).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(accepted.Order(StringComparer.Ordinal), added.Order(StringComparer.Ordinal));
        foreach (var id in accepted)
        {
            var application = ApplicationMapping.ToDomain(after[id]);
            Assert.Empty(ApplicationValidator.Validate(application.Form, ["gemeente", "woningcorporatie"], MunicipalityRegister.ForYear(2018)));
            Assert.Equal(ApplicationStatus.Submitted, application.Status);
        }
    }

    static void AssertClean(HostileInputHost fixture, HostileCase hostile, HostileAnswer answer)
    {
        Assert.True(answer.Status < 500 || AnsweredByTheFunctionsHostItself(fixture, hostile, answer), $"{hostile.Name}: {answer}");
        var bare = hostile.RefusedByServer && answer.Body.Length == 0 && answer.Status is 400 or 0;
        Assert.True(
            bare || answer.IsProblem || answer.IsHtml || (answer.IsJson && answer.Status < 300) || AnsweredByTheFunctionsHostItself(fixture, hostile, answer),
            $"{hostile.Name}: neither a problem nor a page: {answer}");
        Assert.DoesNotContain(HostileCorpus.Script, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Host.AdminKey, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Host.SigningKey, answer.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Functions host answers some requests before the app runs, with an empty body: a missing or wrong function key
    /// (401), and a request broken at the HTTP level that its proxy to the worker cannot forward (500: a bad chunk, a
    /// header value that is not ASCII). Nothing of ours ran, so nothing was stored; the tests check that too.
    /// </summary>
    static bool AnsweredByTheFunctionsHostItself(HostileInputHost fixture, HostileCase hostile, HostileAnswer answer) =>
        fixture.Kind == HostKind.Functions
        && answer.Body.Length == 0
        && (answer.Status == 401 || (hostile.RefusedByServer && answer.Status == 500));

    static async Task AssertReferenceApplicationUntouchedAsync(HostileInputHost fixture)
    {
        var rows = await fixture.Stored.ApplicationsAsync(fixture.CallId);
        var reference = rows[fixture.ApplicationId];
        Assert.Equal(WireName.Of(ApplicationStatus.Submitted), reference.Status);
        Assert.Null(reference.Decision);
        Assert.Null(reference.WithdrawnAt);
    }

    /// <summary>One to three random edits: bytes flipped, dropped, inserted or repeated, values swapped for other JSON, the end cut off.</summary>
    static byte[] Mutate(byte[] json, Random random)
    {
        var bytes = json.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                    break;
                case 2:
                    bytes.Insert(at, (byte)Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 64), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes = ReplaceValue(bytes, random);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Replaces the value after a random ':' with another JSON value (or a broken one).</summary>
    static List<byte> ReplaceValue(List<byte> bytes, Random random)
    {
        var colons = bytes.Select((b, i) => (b, i)).Where(x => x.b == (byte)':').Select(x => x.i).ToList();
        if (colons.Count == 0)
        {
            return bytes;
        }

        var start = colons[random.Next(colons.Count)] + 1;
        var end = start;
        var depth = 0;
        var inString = false;
        for (; end < bytes.Count; end++)
        {
            var c = (char)bytes[end];
            if (inString)
            {
                if (c == '\\')
                {
                    end++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        string[] values =
        [
            "null", "true", "false", "0", "-1", "1e400", "99999999999999999999", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]",
            "\"" + new string('a', 6000) + "\"", "\"\\u0000\"", "\"\\ud800\"", "\"<script>\"", "\"' or 1 eq 1\"", "{\"a\":{\"b\":[1,2,{}]}}",
            "[\"armoede\",\"armoede\"]", "\"gemeente\"", "\"woningcorporatie\"", "200000", "200001", "\"a@b.nl\"", "",
        ];
        var replacement = Encoding.UTF8.GetBytes(values[random.Next(values.Length)]);
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, replacement);
        return bytes;
    }
}
