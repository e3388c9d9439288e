using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Review;
using Aanmelding.Core.Security;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.DurableTask.Client;

namespace Aanmelding.LocalHost;

/// <summary>The routes of DESIGN §5 as minimal APIs: each a line that calls Core, as the Functions adapters do.</summary>
public static class LocalEndpoints
{
    public static void Map(WebApplication app, LocalData data)
    {
        app.MapGet("/", FormPageEndpoint.RedirectToDefault);
        app.MapGet(Routes.FormPage, (HttpContext c, string callId) => FormPageEndpoint.Handle(c, callId));
        app.MapGet(Routes.CallInfo, (HttpContext c, string callId) => CallInfoEndpoint.Handle(c, callId));
        app.MapPost(Routes.Submit, (HttpContext c, string callId, DurableTaskClient d) => SubmissionEndpoint.HandleAsync(c, callId, d));
        app.MapGet(Routes.ReceiptPage, (HttpContext c, string id) => ReceiptEndpoint.PageAsync(c, id));
        app.MapGet(Routes.ReceiptApi, (HttpContext c, string id) => ReceiptEndpoint.JsonAsync(c, id));
        app.MapPost(Routes.Withdraw, (HttpContext c, string id, DurableTaskClient d) => WithdrawEndpoint.HandleAsync(c, id, d));
        app.MapGet(Routes.ReviewPage, (HttpContext c, string id) => ReviewEndpoint.PageAsync(c, id));
        app.MapPost(Routes.ReviewPage, (HttpContext c, string id, DurableTaskClient d) => ReviewEndpoint.FormPostAsync(c, id, d));
        app.MapPost(Routes.ReviewApi, (HttpContext c, string id, DurableTaskClient d) => ReviewEndpoint.JsonAsync(c, id, d));
        app.MapGet(Routes.Health, (HttpContext c, DurableTaskClient d) => HealthEndpoint.HandleAsync(c, d));

        var admin = app.MapGroup("").AddEndpointFilter(RequireAdminKey);
        admin.MapGet(Routes.AdminApplications, (HttpContext c, string callId) => AdminApplicationsEndpoint.HandleAsync(c, callId));
        admin.MapGet(Routes.AdminOutcome, (HttpContext c, string callId) => OutcomeEndpoint.HandleAsync(c, callId));
        admin.MapPost(Routes.AdminFinalize, (HttpContext c, string callId, DurableTaskClient d) => FinalizeEndpoint.HandleAsync(c, callId, d));

        // What no route takes gets the same answer as in Functions (404, or 405 for one of our paths with another method).
        app.MapFallback("{*path}", RouteMissEndpoint.Handle);

        // The outbox browser exists only where mail goes to the outbox, so review links can be clicked locally.
        if (string.IsNullOrEmpty(app.Configuration["SendGrid:ApiKey"]))
        {
            var outbox = app.Configuration["Email:OutboxPath"] ?? data.Outbox;
            app.MapGet("/dev/outbox", () => OutboxBrowser.Page(outbox));
            app.MapGet("/dev/outbox/{file}", (string file) => OutboxBrowser.Message(outbox, file));
        }
    }

    /// <summary>LocalHost's function keys: the same x-functions-key header Azure checks, against Admin:ApiKey.</summary>
    static async ValueTask<object?> RequireAdminKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Admin:ApiKey"];
        return AdminKeyCheck.IsAuthorized(context.HttpContext.Request, key) ? await next(context) : Problems.Unauthorized();
    }

    /// <summary>The outbox browser's bare 404s answer like every other error: a Dutch problem, not an empty page.</summary>
    public static Task EmptyErrorAsync(StatusCodeContext context) =>
        context.HttpContext.Response.StatusCode == StatusCodes.Status404NotFound
            ? Problems.NoSuchRoute().ExecuteAsync(context.HttpContext)
            : Task.CompletedTask;

    public static void PrintWelcome(WebApplication app, LocalData data)
    {
        var baseUrl = app.Services.GetRequiredService<LinkBuilder>().BaseUrl;
        var lines = new[]
        {
            "",
            "Aanmelding draait lokaal.",
            $"  Formulier:  {baseUrl}/calls/{CallCatalog.DefaultCallId}",
            $"  Outbox:     {baseUrl}/dev/outbox",
            $"  Gezondheid: {baseUrl}/api/health",
            $"  Beheer:     {baseUrl}/api/calls/{CallCatalog.DefaultCallId}/applications",
            $"  Beheersleutel (header x-functions-key): {app.Configuration["Admin:ApiKey"]}",
            $"  Gegevens:   {data.Root}",
            "",
        };
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
