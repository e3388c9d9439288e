using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Malformed, oversized, wrongly encoded, injection-shaped and out-of-range requests against every route of
/// DESIGN §5 (and the local outbox browser). None of them is a valid request: each must be refused cleanly.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Must never come back verbatim in an answer (reflected into a page it would run).</summary>
    public const string Script = "<script>alert('aanmelding')</script>";

    const string OData = "' or 1 eq 1 or RowKey ne '";
    const string PartitionKeyFilter = "PartitionKey eq 'x' or PartitionKey ne 'x'";

    public static IReadOnlyList<HostileCase> All { get; } = Build();

    /// <summary>Every case on each host.</summary>
    public static IEnumerable<object[]> OnBothHosts => TestHosts.Both.SelectMany(kind => All.Select(c => new object[] { kind, c.Name }));

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);

    static List<HostileCase> Build()
    {
        var cases = new List<HostileCase>();
        void Add(string name, Func<HostileInputHost, Task<HostileAnswer>> send, bool refusedByServer = false) =>
            cases.Add(new HostileCase(name, send, refusedByServer));

        // --- JSON submissions: malformed, wrong shapes, out of range, ambiguous, wrongly encoded, oversized.
        Add("json: cut off", h => Submit(h, "{\"applicantType\":\"gemeente\","));
        Add("json: empty body", h => Submit(h, ""));
        Add("json: null", h => Submit(h, "null"));
        Add("json: empty array", h => Submit(h, "[]"));
        Add("json: array where the object belongs", h => Submit(h, $"[{Valid("array")}]"));
        Add("json: a string", h => Submit(h, "\"aanmelding\""));
        Add("json: a number", h => Submit(h, "42"));
        Add("json: nested 20000 deep", h => Submit(h, new string('[', 20000) + new string(']', 20000)));
        Add("json: object nested 100 deep in contact", h => Submit(h, Valid("nested", f => f["contact"] = "NESTED")
            .Replace("\"NESTED\"", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100), StringComparison.Ordinal)));
        Add("json: homes 1e400", h => Submit(h, Valid("homes-huge").Replace("\"homes\":4200", "\"homes\":1e400", StringComparison.Ordinal)));
        Add("json: homes beyond int", h => Submit(h, Valid("homes-long").Replace("\"homes\":4200", "\"homes\":99999999999999999999", StringComparison.Ordinal)));
        Add("json: homes negative", h => Submit(h, Valid("homes-negative", f => f["homes"] = -5)));
        Add("json: homes fraction", h => Submit(h, Valid("homes-fraction", f => f["homes"] = 12.5)));
        Add("json: homes as text", h => Submit(h, Valid("homes-text", f => f["homes"] = "4200")));
        Add("json: consent as text", h => Submit(h, Valid("consent-text", f => f["consent"] = "true")));
        Add("json: consent false", h => Submit(h, Valid("consent-false", f => f["consent"] = false)));
        Add("json: challenges as text", h => Submit(h, Valid("challenges-text", f => f["challenges"] = "armoede")));
        Add("json: challenges as numbers", h => Submit(h, Valid("challenges-numbers", f => f["challenges"] = new[] { 1, 2 })));
        Add("json: challenge shaped like an OData filter", h => Submit(h, Valid("challenges-odata", f => f["challenges"] = new[] { OData })));
        Add("json: contact as array", h => Submit(h, Valid("contact-array", f => f["contact"] = Array.Empty<object>())));
        Add("json: duplicate key", h => Submit(h, Valid("duplicate").Replace("\"consent\":true", "\"consent\":true,\"organisation\":\"Gemeente Tweede\"", StringComparison.Ordinal)));
        Add("json: duplicate key in other case", h => Submit(h, Valid("duplicate-case").Replace("\"consent\":true", "\"consent\":false,\"Consent\":true", StringComparison.Ordinal)));
        Add("json: invalid UTF-8", h => SubmitBytes(h, Splice(Valid("bad-utf8"), "Gemeente bad-utf8", [0x47, 0xC3, 0x28, 0xFF])));
        Add("json: overlong UTF-8 slash", h => SubmitBytes(h, Splice(Valid("overlong"), "Gemeente overlong", [0xC0, 0xAF, 0x2E, 0x2E])));
        Add("json: UTF-16 with BOM", h => SubmitBytes(h, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Valid("utf16"))], "application/json; charset=utf-16"));
        Add("json: UTF-8 BOM on an invalid form", h => SubmitBytes(h, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid("bom", f => f.Remove("consent")))]));
        Add("json: Latin-1 bytes", h => SubmitBytes(h, Encoding.Latin1.GetBytes(Valid("latin1").Replace("Gemeente latin1", "Gemeente S\u00fadwest-Frysl\u00e2n", StringComparison.Ordinal)), "application/json; charset=iso-8859-1"));
        Add("json: lone surrogate", h => Submit(h, Valid("surrogate").Replace("Gemeente surrogate", "Gemeente \\ud800", StringComparison.Ordinal)));
        Add("json: NUL in a name", h => Submit(h, Valid("nul", f => f["organisation"] = "Gemeente\u0000Utrecht")));
        Add("json: header injection in the e-mail address", h => Submit(h, Valid("crlf", f => f["contact"] = Contact("a@example.org\r\nBcc: b@example.org"))));
        Add("json: script in a name, without consent", h => Submit(h, Valid("script", f => { f["organisation"] = Script; f["consent"] = false; })));
        Add("json: 70 KiB", h => Submit(h, Valid("large", f => f["partners"] = new string('x', 70 * 1024))));
        Add("json: 70 KiB chunked without a length", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            Chunked(Encoding.UTF8.GetBytes(Valid("large-chunked", f => f["partners"] = new string('x', 70 * 1024)))),
            endEarly: false));
        Add("json: body shorter than its length", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n",
            Encoding.UTF8.GetBytes(Valid("short")[..200]),
            endEarly: true), refusedByServer: true);
        Add("json: broken chunk size", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            Encoding.ASCII.GetBytes("zz\r\n{}\r\n0\r\n\r\n")), refusedByServer: true);
        Add("json: both length and chunked (smuggling)", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n",
            Encoding.ASCII.GetBytes("1\r\n{\r\n0\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\n\r\n")), refusedByServer: true);
        Add("json: sent as text/plain", h => SubmitBytes(h, Encoding.UTF8.GetBytes(Valid("text-plain")), "text/plain"));
        Add("json: no content type", h => SubmitBytes(h, Encoding.UTF8.GetBytes(Valid("no-type")), null));
        Add("json: sent as multipart", h => SubmitBytes(h, Encoding.UTF8.GetBytes(Valid("multipart")), "multipart/form-data; boundary=x"));
        Add("json: sent as XML", h => SubmitBytes(h, Encoding.UTF8.GetBytes("<aanmelding><consent>true</consent></aanmelding>"), "application/xml"));
        Add("json: Idempotency-Key of 300 characters", h => Submit(h, Valid("long-key"), new string('k', 300)));
        Add("json: Idempotency-Key with spaces and quotes", h => Submit(h, Valid("quoted-key"), $"key {OData}"));
        Add("json: Idempotency-Key in UTF-8", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(Valid("utf8-key"))}\r\nIdempotency-Key: sleutel-\u00c3\u00a9\r\n",
            Encoding.UTF8.GetBytes(Valid("utf8-key"))), refusedByServer: true);
        Add("json: bare CR in a header", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(Valid("cr-key"))}\r\nIdempotency-Key: abc\rX-Injected: 1\r\n",
            Encoding.UTF8.GetBytes(Valid("cr-key"))), refusedByServer: true);
        Add("json: NUL in a header", h => h.Client.SendRawAsync(
            $"POST /api/calls/{h.CallId}/applications HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(Valid("nul-key"))}\r\nIdempotency-Key: abc\0def\r\n",
            Encoding.UTF8.GetBytes(Valid("nul-key"))), refusedByServer: true);

        Add("json: municipality with a Cyrillic look-alike letter", h => Submit(h, Valid("cyrillic", f => f["municipality"] = "Utr\u0435cht")));
        Add("json: municipality a near miss", h => Submit(h, Valid("near-miss", f => f["municipality"] = "Utrect")));
        Add("json: municipality as a formula", h => Submit(h, Valid("formula", f => f["municipality"] = ",=1+1,")));
        Add("json: municipality of 5000 letters", h => Submit(h, Valid("long-municipality", f => f["municipality"] = new string('u', 5000))));
        Add("json: municipality a code of no municipality", h => Submit(h, Valid("no-code", f => f["municipality"] = "GM9999")));
        Add("json: municipality as a number", h => Submit(h, Valid("number-municipality", f => f["municipality"] = 344)));

        // --- The browser form's post.
        Add("form: invalid UTF-8", h => SubmitBytes(h, [.. Encoding.ASCII.GetBytes("organisation=Gemeente+"), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("&consent=true")], "application/x-www-form-urlencoded"));
        Add("form: percent-encoded invalid UTF-8", h => SubmitForm(h, "organisation=Gemeente%FF%FE&consent=true"));
        Add("form: script in every field", h => SubmitForm(h, string.Join('&', new[] { "organisation", "municipality", "neighbourhood", "motivation", "partners", "contact.name", "contact.email", "homes", "applicantType" }
            .Select(f => $"{f}={Uri.EscapeDataString(Script)}"))));
        Add("form: header injection in the e-mail address", h => SubmitForm(h, Form("form-crlf", ("contact.email", "a@example.org\r\nBcc: b@example.org"))));
        Add("form: homes beyond int", h => SubmitForm(h, Form("form-homes", ("homes", "99999999999999999999"))));
        Add("form: OData filter as municipality, no consent", h => SubmitForm(h, Form("form-odata", ("municipality", PartitionKeyFilter), ("consent", "nee"))));
        Add("form: 3000 repeated fields", h => SubmitForm(h, string.Concat(Enumerable.Repeat("challenges=x&", 3000))));
        Add("form: honeypot filled in by a bot", h => SubmitForm(h, Form("form-bot", ("website", "http://spam.example"))));

        Add("form: municipality not from the list", h => SubmitForm(h, Form("form-municipality", ("municipality", "Gemeente <b>Nergens</b>"))));

        // --- Sending a receipt link again: never more than the same answer, and nothing changes.
        Add("receipt-link: OData filter in every field", h => ReceiptLink(h, JsonSerializer.Serialize(new { organisation = OData, municipality = PartitionKeyFilter, neighbourhood = OData })));
        Add("receipt-link: script in every field, as the form", h => Send(h, HttpMethod.Post, $"/api/calls/{h.CallId}/receipt-link",
            Body(Encoding.ASCII.GetBytes($"organisation={Uri.EscapeDataString(Script)}&municipality={Uri.EscapeDataString(Script)}&neighbourhood={Uri.EscapeDataString(Script)}"), "application/x-www-form-urlencoded")));
        Add("receipt-link: a number as organisation", h => ReceiptLink(h, "{\"organisation\":5,\"municipality\":\"Utrecht\",\"neighbourhood\":\"Overvecht\"}"));
        Add("receipt-link: 70 KiB", h => ReceiptLink(h, JsonSerializer.Serialize(new { organisation = new string('o', 70 * 1024), municipality = "Utrecht", neighbourhood = "Overvecht" })));
        Add("receipt-link: sent as XML", h => Send(h, HttpMethod.Post, $"/api/calls/{h.CallId}/receipt-link", Body(Encoding.UTF8.GetBytes("<a/>"), "application/xml")));
        Add("receipt-link: unknown call", h => ReceiptLink(h, JsonSerializer.Serialize(new { organisation = "Gemeente Utrecht", municipality = "Utrecht", neighbourhood = "Overvecht" }), "bestaat-niet"));
        Add("receipt-link: invalid UTF-8 in the form", h => Send(h, HttpMethod.Post, $"/api/calls/{h.CallId}/receipt-link", Body([.. Encoding.ASCII.GetBytes("organisation="), 0xFF, 0xFE], "application/x-www-form-urlencoded")));

        // --- Call ids in the path.
        Add("call id: OData filter on submit", h => Submit(h, Valid("call-odata"), path: $"/api/calls/{Uri.EscapeDataString(OData)}/applications"));
        Add("call id: PartitionKey filter on the form page", h => Get(h, $"/calls/{Uri.EscapeDataString(PartitionKeyFilter)}"));
        Add("call id: 4000 characters on call info", h => Get(h, $"/api/calls/{new string('c', 4000)}"));
        Add("call id: unicode on the form page", h => Get(h, $"/calls/{Uri.EscapeDataString("oproep-\u00fc-\U0001F4A5")}"));
        Add("call id: path traversal", h => h.Client.SendRawAsync("GET /calls/..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n"));
        Add("call id: %00", h => h.Client.SendRawAsync("GET /api/calls/%00 HTTP/1.1\r\n"), refusedByServer: true);
        Add("admin: list for a filter-shaped call id, with the key", h => Get(h, $"/api/calls/{Uri.EscapeDataString(PartitionKeyFilter)}/applications", admin: true));
        Add("admin: outcome CSV for a traversal call id, with the key", h => Get(h, $"/api/calls/{Uri.EscapeDataString("../" + h.CallId)}/outcome", admin: true, accept: "text/csv"));
        Add("admin: finalize a filter-shaped call id, with the key", h => Post(h, $"/api/calls/{Uri.EscapeDataString(OData)}/finalize", admin: true));
        Add("admin: list without a key", h => Get(h, $"/api/calls/{h.CallId}/applications"));
        Add("admin: list with a filter as key", h => Get(h, $"/api/calls/{h.CallId}/applications", key: OData));
        Add("admin: finalize with a key in the query that is NUL", h => Post(h, $"/api/calls/{h.CallId}/finalize?code=%00"));

        // --- Receipts and withdrawal.
        Add("receipt: OData filter as token", h => Get(h, $"/applications/{h.ApplicationId}?token={Uri.EscapeDataString(OData)}"));
        Add("receipt: PartitionKey filter as token (JSON)", h => Get(h, $"/api/applications/{h.ApplicationId}?token={Uri.EscapeDataString(PartitionKeyFilter)}"));
        Add("receipt: 7000-character token", h => Get(h, $"/api/applications/{h.ApplicationId}?token={new string('A', 3500)}.{new string('B', 3500)}"));
        Add("receipt: forged token", h => Get(h, $"/applications/{h.ApplicationId}?token=eyJ9.AAAA"));
        Add("receipt: the review token", h => Get(h, $"/api/applications/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReviewToken)}"));
        Add("receipt: traversal as id", h => h.Client.SendRawAsync("GET /applications/..%2F..%2Fadmin-key?token=x HTTP/1.1\r\n"));
        Add("receipt: 4000-character id", h => Get(h, $"/api/applications/{new string('A', 4000)}?token=x"));
        Add("receipt: unicode id", h => Get(h, $"/applications/{Uri.EscapeDataString("\u00c4BCDEFGHJKMN")}?token={Uri.EscapeDataString(h.ReceiptToken)}"));
        Add("receipt: %00 as id", h => h.Client.SendRawAsync("GET /api/applications/%00?token=x HTTP/1.1\r\n"), refusedByServer: true);
        Add("receipt: the token with a trailing =", h => Get(h, $"/api/applications/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReceiptToken + "=")}"));
        Add("receipt: the token with a leading space", h => Get(h, $"/applications/{h.ApplicationId}?token={Uri.EscapeDataString(" " + h.ReceiptToken)}"));
        Add("receipt: the token in base64 with + and /", h => Get(h, $"/api/applications/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReceiptToken.Replace('-', '+').Replace('_', '/') + "=")}"));
        Add("withdraw: OData filter as token", h => Post(h, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(OData)}"));
        Add("withdraw: no token", h => Post(h, $"/api/applications/{h.ApplicationId}/withdraw"));
        Add("withdraw: with the review token", h => Post(h, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(h.ReviewToken)}"));
        Add("withdraw: filter-shaped id", h => Post(h, $"/api/applications/{Uri.EscapeDataString(OData)}/withdraw?token={Uri.EscapeDataString(h.ReceiptToken)}"));
        Add("withdraw: the genuine token, the form without its confirmation", h => Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(h.ReceiptToken)}",
            Body(Encoding.ASCII.GetBytes("confirm=false"), "application/x-www-form-urlencoded")));
        Add("withdraw: the genuine token, no body", h => Post(h, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(h.ReceiptToken)}"));
        Add("withdraw: the genuine token, confirm as text", h => Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(h.ReceiptToken)}",
            Body(Encoding.UTF8.GetBytes("{\"confirm\":\"true\"}"), "application/json")));
        Add("withdraw: the genuine token, broken JSON", h => Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/withdraw?token={Uri.EscapeDataString(h.ReceiptToken)}",
            Body(Encoding.UTF8.GetBytes("{\"confirm\":"), "application/json")));
        Add("withdraw: form with invalid UTF-8 and a bad token", h => Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/withdraw?token=x",
            Body([0xFF, 0xFE, 0x00], "application/x-www-form-urlencoded")));

        // --- Review.
        Add("review page: OData filter as token", h => Get(h, $"/review/{h.ApplicationId}?token={Uri.EscapeDataString(OData)}"));
        Add("review page: the receipt token", h => Get(h, $"/review/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReceiptToken)}"));
        Add("review page: filter-shaped id", h => Get(h, $"/review/{Uri.EscapeDataString(PartitionKeyFilter)}?token={Uri.EscapeDataString(h.ReviewToken)}"));
        Add("review page: the token with padding", h => Get(h, $"/review/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReviewToken + "==")}"));
        Add("review page: the token on an id that does not exist", h => Get(h, $"/review/0000000000ZZ?token={Uri.EscapeDataString(h.ReviewToken)}"));
        Add("review JSON: the token with a trailing newline", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReviewToken + "\n", decision = "approved" })));
        Add("review JSON: the token's payload swapped for an address", h => ReviewJson(h, JsonSerializer.Serialize(new
        {
            token = Convert.ToBase64String(Encoding.UTF8.GetBytes(HostileInputHost.Coordinator + "\n4102444800")).TrimEnd('=').Replace('+', '-').Replace('/', '_') + h.ReviewToken[h.ReviewToken.IndexOf('.', StringComparison.Ordinal)..],
            decision = "approved",
        })));
        Add("review form: script as decision", h => ReviewForm(h, $"token={Uri.EscapeDataString(h.ReviewToken)}&decision={Uri.EscapeDataString(Script)}&score=3"));
        Add("review form: score beyond int", h => ReviewForm(h, $"token={Uri.EscapeDataString(h.ReviewToken)}&decision=approved&score=99999999999999999999"));
        Add("review form: NUL in the note", h => ReviewForm(h, $"token={Uri.EscapeDataString(h.ReviewToken)}&decision=approved&score=4&note=goed%00"));
        Add("review form: invalid UTF-8", h => Send(h, HttpMethod.Post, $"/review/{h.ApplicationId}",
            Body([.. Encoding.ASCII.GetBytes($"token={Uri.EscapeDataString(h.ReviewToken)}&decision=approved&note="), 0xFF], "application/x-www-form-urlencoded")));
        Add("review form: sent as JSON", h => Send(h, HttpMethod.Post, $"/review/{h.ApplicationId}",
            Body(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "approved" })), "application/json")));
        Add("review JSON: token as a number", h => ReviewJson(h, "{\"token\":5,\"decision\":\"approved\"}"));
        Add("review JSON: score 1e400", h => ReviewJson(h, $"{{\"token\":{JsonSerializer.Serialize(h.ReviewToken)},\"decision\":\"approved\",\"score\":1e400}}"));
        Add("review JSON: score out of range", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "approved", score = 6 })));
        Add("review JSON: 3000-character note", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "rejected", note = new string('n', 3000) })));
        Add("review JSON: OData filter as decision", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "approved' or '1' eq '1" })));
        Add("review JSON: an array", h => ReviewJson(h, "[]"));
        Add("review JSON: the receipt token", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReceiptToken, decision = "approved", score = 5 })));
        Add("review JSON: sent as text/plain", h => Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/review",
            Body(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "approved" })), "text/plain")));
        Add("review JSON: 70 KiB", h => ReviewJson(h, JsonSerializer.Serialize(new { token = h.ReviewToken, decision = "approved", note = new string('n', 70 * 1024) })));

        // --- Methods no route has, and the local outbox browser.
        Add("method: PUT on submit", h => Send(h, HttpMethod.Put, $"/api/calls/{h.CallId}/applications", Body(Encoding.UTF8.GetBytes(Valid("put")), "application/json")));
        Add("method: DELETE an application", h => Send(h, HttpMethod.Delete, $"/api/applications/{h.ApplicationId}?token={Uri.EscapeDataString(h.ReceiptToken)}"));
        Add("grpc: the durable engine's Hello on the public port", h => h.Client.SendRawAsync(
            "POST /TaskHubSidecarService/Hello HTTP/1.1\r\nContent-Type: application/grpc\r\nTE: trailers\r\nContent-Length: 5\r\n", new byte[5]));
        Add("outbox: traversal to the admin key", h => h.Client.SendRawAsync("GET /dev/outbox/..%2Fadmin-key HTTP/1.1\r\n"));
        Add("outbox: traversal to the signing key", h => h.Client.SendRawAsync("GET /dev/outbox/..%2F..%2Fsigning-key.eml HTTP/1.1\r\n"));

        return cases;
    }

    static Task<HostileAnswer> Submit(HostileInputHost h, string json, string? idempotencyKey = null, string? path = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path ?? $"/api/calls/{h.CallId}/applications") { Content = Body(Encoding.UTF8.GetBytes(json), "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return h.Client.SendAsync(request);
    }

    static Task<HostileAnswer> SubmitBytes(HostileInputHost h, byte[] body, string? contentType = "application/json") =>
        Send(h, HttpMethod.Post, $"/api/calls/{h.CallId}/applications", Body(body, contentType));

    static Task<HostileAnswer> SubmitForm(HostileInputHost h, string form) =>
        SubmitBytes(h, Encoding.ASCII.GetBytes(form), "application/x-www-form-urlencoded");

    static Task<HostileAnswer> ReviewForm(HostileInputHost h, string form) =>
        Send(h, HttpMethod.Post, $"/review/{h.ApplicationId}", Body(Encoding.ASCII.GetBytes(form), "application/x-www-form-urlencoded"));

    static Task<HostileAnswer> ReceiptLink(HostileInputHost h, string json, string? callId = null) =>
        Send(h, HttpMethod.Post, $"/api/calls/{callId ?? h.CallId}/receipt-link", Body(Encoding.UTF8.GetBytes(json), "application/json"));

    static Task<HostileAnswer> ReviewJson(HostileInputHost h, string json) =>
        Send(h, HttpMethod.Post, $"/api/applications/{h.ApplicationId}/review", Body(Encoding.UTF8.GetBytes(json), "application/json"));

    static Task<HostileAnswer> Get(HostileInputHost h, string path, bool admin = false, string? key = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (admin || key is not null)
        {
            request.Headers.TryAddWithoutValidation("x-functions-key", key ?? h.Host.AdminKey);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return h.Client.SendAsync(request);
    }

    static Task<HostileAnswer> Post(HostileInputHost h, string path, bool admin = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body([], "application/json") };
        if (admin)
        {
            request.Headers.TryAddWithoutValidation("x-functions-key", h.Host.AdminKey);
        }

        return h.Client.SendAsync(request);
    }

    static Task<HostileAnswer> Send(HostileInputHost h, HttpMethod method, string path, HttpContent? content = null) =>
        h.Client.SendAsync(new HttpRequestMessage(method, path) { Content = content });

    static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    /// <summary>A valid application as JSON, with its own organisation so that no case collides with another, then changed.</summary>
    static string Valid(string tag, Action<Dictionary<string, object?>>? change = null)
    {
        var form = TestApplication.Of("Utrecht", "Centrum " + tag, "Gemeente " + tag, $"{tag}@example.org").Json();
        change?.Invoke(form);
        return JsonSerializer.Serialize(form);
    }

    static Dictionary<string, object?> Contact(string email) => new() { ["name"] = "Anne de Vries", ["email"] = email };

    static string Form(string tag, params (string Field, string Value)[] changes)
    {
        var fields = (TestApplication.Of("Utrecht", "Centrum " + tag, "Gemeente " + tag, $"{tag}@example.org") with { Challenges = ["armoede"] })
            .FormFields()
            .ToDictionary(f => f.Key, f => f.Value);
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
    }

    /// <summary>The UTF-8 of <paramref name="json"/> with <paramref name="marker"/> replaced by raw bytes.</summary>
    static byte[] Splice(string json, string marker, byte[] bytes)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. bytes, .. Encoding.UTF8.GetBytes(json[(at + marker.Length)..])];
    }

    static byte[] Chunked(byte[] body)
    {
        var result = new List<byte>();
        foreach (var chunk in body.Chunk(4096))
        {
            result.AddRange(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"));
            result.AddRange(chunk);
            result.AddRange("\r\n"u8.ToArray());
        }

        result.AddRange("0\r\n\r\n"u8.ToArray());
        return [.. result];
    }
}
