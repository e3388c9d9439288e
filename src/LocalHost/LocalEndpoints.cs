using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Health;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Office;
using Aanmelding.Core.Review;
using Aanmelding.Core.Security;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Web;
using Aanmelding.Core.Web.Assets;
using Microsoft.AspNetCore.Diagnostics;

namespace Aanmelding.LocalHost;

/// <summary>
/// The routes of DESIGN §5 as minimal APIs: each maps the Core handler itself, as the Functions adapters call it; the
/// handlers' parameters (route values, the durable client, their services group) are bound per request.
/// </summary>
public static class LocalEndpoints
{
    public static void Map(WebApplication app, LocalData data)
    {
        app.MapGet("/", FormPageEndpoint.RedirectToDefault);
        app.MapGet(Routes.FormPage, FormPageEndpoint.Handle);
        app.MapGet(Routes.CallInfo, CallInfoEndpoint.Handle);
        app.MapPost(Routes.Submit, SubmissionEndpoint.HandleAsync);
        app.MapGet(Routes.ReceiptPage, ReceiptEndpoint.PageAsync);
        app.MapGet(Routes.ReceiptApi, ReceiptEndpoint.JsonAsync);
        app.MapPost(Routes.Withdraw, WithdrawEndpoint.HandleAsync);
        app.MapGet(Routes.ReviewPage, ReviewEndpoint.PageAsync);
        app.MapPost(Routes.ReviewPage, ReviewEndpoint.FormPostAsync);
        app.MapPost(Routes.ReviewApi, ReviewEndpoint.JsonAsync);
        app.MapGet(Routes.Office, DashboardEndpoint.OverviewAsync);
        app.MapGet(Routes.OfficeApplication, DashboardEndpoint.ApplicationAsync);
        app.MapGet(Routes.OfficeExport, DashboardEndpoint.ExportAsync);
        app.MapGet(Routes.OfficeSelection, SelectionPreviewEndpoint.PageAsync);
        app.MapPost(Routes.OfficeSelection, SelectionPreviewEndpoint.FinalizeAsync);
        app.MapGet(Routes.OfficeSignIn, SignInEndpoint.AskAsync);
        app.MapPost(Routes.OfficeSignIn, SignInEndpoint.RequestAsync);
        app.MapGet(Routes.OfficeSignInLink, SignInEndpoint.LinkPageAsync);
        app.MapPost(Routes.OfficeSignInLink, SignInEndpoint.SignInAsync);
        app.MapPost(Routes.OfficeSignOut, SignInEndpoint.SignOutAsync);
        app.MapGet(Routes.Health, HealthEndpoint.HandleAsync);
        app.MapGet(Routes.Asset, AssetEndpoint.Handle);

        var admin = app.MapGroup("").AddEndpointFilter(RequireAdminKey);
        admin.MapGet(Routes.AdminApplications, AdminApplicationsEndpoint.HandleAsync);
        admin.MapGet(Routes.AdminOutcome, OutcomeEndpoint.HandleAsync);
        admin.MapPost(Routes.AdminFinalize, FinalizeEndpoint.HandleAsync);

        // What no route takes gets the same answer as in Functions (404, or 405 for one of our paths with another method).
        // A lambda, not the method group: ASP.NET Core's route handler analyzer throws on the method group here.
        app.MapFallback("{*path}", (HttpContext context, CallCatalog calls) => RouteMissEndpoint.Handle(context, calls));

        // The outbox browser exists only where mail goes to the outbox, so review links can be clicked locally.
        if (string.IsNullOrEmpty(app.Configuration["SendGrid:ApiKey"]))
        {
            var outbox = app.Configuration["Email:OutboxPath"] ?? data.Outbox;
            app.MapGet("/dev/outbox", (CallCatalog calls) => OutboxBrowser.Page(outbox, calls.Default));
            app.MapGet("/dev/outbox/{file}", (string file, CallCatalog calls) => OutboxBrowser.Message(outbox, file, calls.Default));
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
