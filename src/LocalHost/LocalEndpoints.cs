using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Web;
using Microsoft.DurableTask.Client;

namespace Aanmelding.LocalHost;

/// <summary>The routes of DESIGN §5 as minimal APIs: each a line that calls Core, as the Functions adapters do.</summary>
public static class LocalEndpoints
{
    public static void Map(WebApplication app, LocalData data)
    {
        app.MapGet("/", () => Results.Redirect($"/calls/{Uri.EscapeDataString(CallCatalog.DefaultCallId)}"));
        app.MapGet(Routes.Health, HealthEndpoint.HandleAsync);
        app.MapPost(Routes.Submit, (HttpContext c, string callId, DurableTaskClient d) => SubmissionEndpoint.HandleAsync(c, callId, d));

        // The outbox browser exists only where mail goes to the outbox, so review links can be clicked locally.
        if (string.IsNullOrEmpty(app.Configuration["SendGrid:ApiKey"]))
        {
            var outbox = app.Configuration["Email:OutboxPath"] ?? data.Outbox;
            app.MapGet("/dev/outbox", () => OutboxBrowser.Page(outbox));
            app.MapGet("/dev/outbox/{file}", (string file) => OutboxBrowser.Message(outbox, file));
        }
    }

    public static void PrintWelcome(WebApplication app, LocalData data)
    {
        var baseUrl = app.Services.GetRequiredService<LinkBuilder>().BaseUrl;
        var calls = app.Services.GetRequiredService<CallCatalog>();
        var lines = new[]
        {
            "",
            "Aanmelding draait lokaal.",
            $"  Formulier:  {baseUrl}/calls/{CallCatalog.DefaultCallId}",
            $"  Outbox:     {baseUrl}/dev/outbox",
            $"  Gezondheid: {baseUrl}/api/health",
            $"  Beheer:     {baseUrl}/api/calls/{CallCatalog.DefaultCallId}/applications  (header x-functions-key: {app.Configuration["Admin:ApiKey"]})",
            $"  Gegevens:   {data.Root}",
            "",
        };
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
