using System.Net;
using System.Text.RegularExpressions;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Functions;

/// <summary>
/// Every HTTP function of the built Functions app, asked as a browser asks (with ids that exist nowhere, so nothing
/// changes), under both hosts: whatever answers with a page answers with the page headers, so a route added later
/// cannot forget them; and every route that serves a page to a person does answer with one.
/// </summary>
public sealed partial class PageHeadersOnEveryRouteTests
{
    const string PagePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The functions a person reaches in a browser (a mistyped address too): each must answer the browser with a page.</summary>
    static readonly string[] PageFunctions =
        [
            "FormPage", "SubmitApplication", "ReceiptPage", "WithdrawApplication", "ChangePage", "ChangeApplicationForm", "ReviewPage", "ReviewDecision",
            "OfficeOverview", "OfficeApplication", "OfficeExport", "OfficeSelection", "OfficeFinalize", "OfficeSignInPage", "OfficeSignInRequest", "OfficeSignInLink", "OfficeSignIn", "OfficeSignOut",
            "ReceiptAttachment", "ReviewAttachment", "OfficeAttachment",
            ExpectedFunctions.UnmatchedRoute.Name,
        ];

    /// <summary>What a browser sends to an address no other function takes: a page request and a form post.</summary>
    const string BrowserMethods = "get,post";

    readonly string unknownCallId = "headers-" + Guid.NewGuid().ToString("N")[..10];
    const string UnknownApplicationId = "0000000000ZZ";

    [SkippableTheory, OnBothHosts]
    public async Task Every_page_any_route_answers_carries_the_page_headers(HostKind kind)
    {
        await using var host = await TestHosts.StartAsync(kind);
        var answeredWithPage = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var function in FunctionsMetadata.Load().Where(f => f.Trigger == "httpTrigger"))
        {
            var path = "/" + RouteParameter().Replace(function.Route!, m => m.Groups["name"].Value switch
            {
                "callId" => unknownCallId,
                "id" => UnknownApplicationId,
                "root" => "",
                _ => "onbekend",
            });
            foreach (var method in (function.Methods ?? BrowserMethods).Split(','))
            {
                using var response = await AsBrowserAsync(host, method, path);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                answeredWithPage.Add(function.Name);
                foreach (var (header, expected) in new[]
                {
                    ("Content-Security-Policy", PagePolicy),
                    ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "no-referrer"),
                    ("Cache-Control", "no-store"),
                })
                {
                    var actual = Header(response, header);
                    if (actual != expected)
                    {
                        problems.Add($"{function.Name} {method.ToUpperInvariant()} {path} ({(int)response.StatusCode}): {header} is '{actual}', expected '{expected}'.");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.All(PageFunctions, name => Assert.Contains(name, answeredWithPage));
    }

    /// <summary>A browser's request: a page for a GET, a form post (the token as a review form carries it) for a POST.</summary>
    static async Task<HttpResponseMessage> AsBrowserAsync(AppHost host, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([new("token", "onzin"), new("confirm", "true"), new("decision", "approved")]);
        }

        var response = await host.Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    [GeneratedRegex(@"\{\*?(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
