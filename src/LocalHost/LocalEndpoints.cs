using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Health;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Office;
using Aanmelding.Core.Privacy;
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
    /// <summary>Turns the outbox browser on while listening on more than loopback; it still answers loopback clients only.</summary>
    public const string OutboxSetting = "Dev:Outbox";

    public static void Map(WebApplication app, LocalData data, string listenUrls)
    {
        app.MapGet("/", FormPageEndpoint.RedirectToDefault);
        app.MapGet(Routes.FormPage, FormPageEndpoint.Handle);
        app.MapGet(Routes.CallInfo, CallInfoEndpoint.Handle);
        app.MapPost(Routes.Submit, SubmissionEndpoint.HandleAsync);
        app.MapPost(Routes.ReceiptLink, ReceiptLinkEndpoint.HandleAsync);
        app.MapGet(Routes.ReceiptPage, ReceiptEndpoint.PageAsync);
        app.MapGet(Routes.ReceiptApi, ReceiptEndpoint.JsonAsync);
        app.MapPost(Routes.Withdraw, WithdrawEndpoint.HandleAsync);
        app.MapPut(Routes.ReceiptApi, ChangeEndpoint.JsonAsync);
        app.MapGet(Routes.ReviewPage, ReviewEndpoint.PageAsync);
        app.MapPost(Routes.ReviewPage, ReviewEndpoint.FormPostAsync);
        app.MapPost(Routes.ReviewApi, ReviewEndpoint.JsonAsync);
        app.MapGet(Routes.Office, DashboardEndpoint.OverviewAsync);
        app.MapGet(Routes.OfficeApplication, DashboardEndpoint.ApplicationAsync);
        app.MapGet(Routes.OfficeExport, DashboardEndpoint.ExportAsync);
        app.MapGet(Routes.OfficeSelection, SelectionPreviewEndpoint.PageAsync);
        app.MapPost(Routes.OfficeSelection, SelectionPreviewEndpoint.FinalizeAsync);
        app.MapGet(Routes.OfficeReplacement, ReplacementEndpoint.PageAsync);
        app.MapPost(Routes.OfficeReplacement, ReplacementEndpoint.ReplaceAsync);
        app.MapPost(Routes.OfficeErasure, OfficeErasureEndpoint.EraseAsync);
        app.MapGet(Routes.OfficeSignIn, SignInEndpoint.AskAsync);
        app.MapPost(Routes.OfficeSignIn, SignInEndpoint.RequestAsync);
        app.MapGet(Routes.OfficeSignInLink, SignInEndpoint.LinkPageAsync);
        app.MapPost(Routes.OfficeSignInLink, SignInEndpoint.SignInAsync);
        app.MapPost(Routes.OfficeSignOut, SignInEndpoint.SignOutAsync);
        app.MapGet(Routes.Health, HealthEndpoint.HandleAsync);
        app.MapGet(Routes.PrivacyNotice, PrivacyNoticeEndpoint.Handle);
        app.MapGet(Routes.AccessExport, AccessExportEndpoint.HandleAsync);
        app.MapGet(Routes.Asset, AssetEndpoint.Handle);
        app.MapPost(Routes.FormPage, SubmissionEndpoint.HandleAsync);
        app.MapPost(Routes.ReceiptLinkPage, ReceiptLinkEndpoint.HandleAsync);
        app.MapPost(Routes.WithdrawPage, WithdrawEndpoint.HandleAsync);
        app.MapGet(Routes.ChangePage, ChangeEndpoint.PageAsync);
        app.MapPost(Routes.ChangePage, ChangeEndpoint.FormAsync);
        app.MapGet(Routes.LostLinkPage, LostLinkEndpoint.Page);
        app.MapGet(Routes.ReceiptAttachment, ReceiptAttachmentEndpoint.HandleAsync);
        app.MapGet(Routes.ReviewAttachment, ReviewAttachmentEndpoint.HandleAsync);
        app.MapGet(Routes.OfficeAttachment, OfficeAttachmentEndpoint.HandleAsync);
        app.MapPost(Routes.LostLinkPage, LostLinkEndpoint.HandleAsync);

        var admin = app.MapGroup("").AddEndpointFilter(RequireAdminKey);
        admin.MapGet(Routes.AdminApplications, AdminApplicationsEndpoint.HandleAsync);
        admin.MapGet(Routes.AdminOutcome, OutcomeEndpoint.HandleAsync);
        admin.MapPost(Routes.AdminFinalize, FinalizeEndpoint.HandleAsync);
        admin.MapDelete(Routes.AdminErase, ErasureEndpoint.HandleAsync);
        admin.MapGet(Routes.AdminCounts, CallCountsEndpoint.HandleAsync);

        // What no route takes gets the same answer as in Functions (404, or 405 for one of our paths with another method).
        // A lambda, not the method group: ASP.NET Core's route handler analyzer throws on the method group here.
        app.MapFallback("{*path}", (HttpContext context, CallCatalog calls) => RouteMissEndpoint.Handle(context, calls));

        // The outbox browser exists only where mail goes to the outbox, so review links can be clicked locally: while
        // listening on loopback only, or when configuration asks for it; and it answers this machine only, because it
        // lists every working review and receipt link.
        if (string.IsNullOrEmpty(app.Configuration["SendGrid:ApiKey"])
            && (ListenAddresses.AreLoopbackOnly(listenUrls) || app.Configuration.GetValue<bool>(OutboxSetting)))
        {
            var outbox = app.Configuration["Email:OutboxPath"] ?? data.Outbox;
            var browser = app.MapGroup("/dev/outbox").AddEndpointFilter(LoopbackClientsOnly);
            browser.MapGet("", (CallCatalog calls) => OutboxBrowser.Page(outbox, calls.Default));
            browser.MapGet("{file}", (string file, CallCatalog calls) => OutboxBrowser.Message(outbox, file, calls.Default));
        }
    }

    /// <summary>Another machine is told what it would be told if the route did not exist.</summary>
    static async ValueTask<object?> LoopbackClientsOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Connection.RemoteIpAddress is { } client && System.Net.IPAddress.IsLoopback(client)
            ? await next(context)
            : RouteMissEndpoint.Handle(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<CallCatalog>());

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

    /// <param name="adminKeyNote">Where the admin key is (the key itself only on the start that generated it).</param>
    public static void PrintWelcome(WebApplication app, LocalData data, string adminKeyNote)
    {
        var baseUrl = app.Services.GetRequiredService<LinkBuilder>().BaseUrl;
        var outboxMapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText?.StartsWith("/dev/outbox", StringComparison.Ordinal) == true);
        var lines = new[]
        {
            "",
            "Aanmelding draait lokaal.",
            $"  Formulier:  {baseUrl}/calls/{CallCatalog.DefaultCallId}",
            outboxMapped ? $"  Outbox:     {baseUrl}/dev/outbox (alleen vanaf deze machine)" : $"  Outbox:     map {app.Configuration["Email:OutboxPath"] ?? data.Outbox}",
            $"  Gezondheid: {baseUrl}/api/health",
            $"  Beheer:     {baseUrl}/api/calls/{CallCatalog.DefaultCallId}/applications",
            $"  Beheersleutel (header x-functions-key): {adminKeyNote}",
            $"  Gegevens:   {data.Root}",
            "",
        };
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
