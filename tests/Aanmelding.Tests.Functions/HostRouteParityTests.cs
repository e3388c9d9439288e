using System.Net;
using System.Text.RegularExpressions;
using Aanmelding.Core.Security;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Functions;

/// <summary>
/// Every HTTP function in the built Functions app answers in LocalHost too, on the same path and method, behind
/// the same key. This asks a running LocalHost rather than reading its source or the route constants, so it fails
/// whenever the two hosts drift: a route mapped with another template or method, one left out, or an admin route
/// that LocalHost serves without the key (or a public one that it locks). LocalHost's /dev/outbox is local only
/// by design and not part of the comparison.
/// </summary>
public sealed partial class HostRouteParityTests : IAsyncLifetime
{
    // Ids that exist nowhere, so every handler answers without changing anything (no call is finalised, nothing stored).
    readonly string unknownCallId = "parity-" + Guid.NewGuid().ToString("N")[..10];
    const string UnknownApplicationId = "0000000000ZZ";

    AppHost host = null!;

    public async Task InitializeAsync() => host = await TestHosts.StartAsync(HostKind.LocalHost);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_Functions_http_route_is_served_by_LocalHost_with_the_same_method_and_key()
    {
        // The catch-all has its twin in LocalHost's fallback; it is no route of its own.
        var httpFunctions = FunctionsMetadata.Load().Where(f => f.Trigger == "httpTrigger" && f.Name != ExpectedFunctions.UnmatchedRoute.Name).ToList();
        Assert.Equal(ExpectedFunctions.HttpFunctions.Count, httpFunctions.Count);

        var problems = new List<string>();
        foreach (var function in httpFunctions)
        {
            var path = "/" + RouteParameter().Replace(function.Route!, m => m.Groups["name"].Value switch
            {
                "callId" => unknownCallId,
                "id" => UnknownApplicationId,
                "file" => "onbekend.css",
                "attachmentId" => "1",
                _ => "",
            });

            foreach (var method in function.Methods!.Split(','))
            {
                using var anonymous = await SendAsync(method, path, key: null);
                if (await IsUnmappedAsync(anonymous))
                {
                    problems.Add($"{function.Name}: {method.ToUpperInvariant()} {path} is not mapped in LocalHost ({(int)anonymous.StatusCode}).");
                    continue;
                }

                var locked = anonymous.StatusCode == HttpStatusCode.Unauthorized;
                if (function.AuthLevel == "Function")
                {
                    using var keyed = await SendAsync(method, path, host.AdminKey);
                    if (!locked || keyed.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        problems.Add($"{function.Name}: LocalHost must refuse {method.ToUpperInvariant()} {path} without the admin key and serve it with the key.");
                    }
                }
                else if (locked)
                {
                    problems.Add($"{function.Name}: LocalHost asks a key for the public route {method.ToUpperInvariant()} {path}.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    async Task<HttpResponseMessage> SendAsync(string method, string path, string? key)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        if (key is not null)
        {
            request.Headers.Add(AdminKeyCheck.HeaderName, key);
        }

        var response = await host.Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>
    /// The route miss's answers: 405 for a known path with another method, and 404 "no-route" for an unknown path.
    /// Our handlers' 404s ("deze oproep bestaat niet") carry another code.
    /// </summary>
    static async Task<bool> IsUnmappedAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.MethodNotAllowed
        || (response.StatusCode == HttpStatusCode.NotFound && (await response.Content.ReadAsStringAsync()).Contains("\"no-route\"", StringComparison.Ordinal));

    [GeneratedRegex(@"\{\*?(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
