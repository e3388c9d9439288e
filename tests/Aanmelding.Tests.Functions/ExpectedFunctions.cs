using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Tests.Functions;

/// <summary>
/// The one table of what the Functions app must expose (DESIGN §5 and §6): every HTTP route with its method and
/// auth level (admin routes behind function keys), the timer that keeps each call's workflow running, and every
/// orchestrator and activity that Core registers.
/// </summary>
public static class ExpectedFunctions
{
    const string Http = "httpTrigger";
    const string Anonymous = "Anonymous";
    const string FunctionKey = "Function";

    /// <summary>
    /// The Functions host replaces an empty route by the function's name, so "/" is an optional parameter that can
    /// hold no character (see IntakeFunctions.RootRoute).
    /// </summary>
    public const string RootRoute = "{root:maxlength(0)?}";

    public static IReadOnlyList<FunctionShape> HttpFunctions { get; } =
    [
        new("Root", Http, "get", RootRoute, Anonymous),
        new("FormPage", Http, "get", Routes.FormPage, Anonymous),
        new("CallInfo", Http, "get", Routes.CallInfo, Anonymous),
        new("SubmitApplication", Http, "post", Routes.Submit, Anonymous),
        new("ReceiptLink", Http, "post", Routes.ReceiptLink, Anonymous),
        new("ReceiptPage", Http, "get", Routes.ReceiptPage, Anonymous),
        new("ReceiptApi", Http, "get", Routes.ReceiptApi, Anonymous),
        new("WithdrawApplication", Http, "post", Routes.Withdraw, Anonymous),
        new("ReviewPage", Http, "get", Routes.ReviewPage, Anonymous),
        new("ReviewDecision", Http, "post", Routes.ReviewPage, Anonymous),
        new("ReviewApi", Http, "post", Routes.ReviewApi, Anonymous),
        new("OfficeOverview", Http, "get", Routes.Office, Anonymous),
        new("OfficeApplication", Http, "get", Routes.OfficeApplication, Anonymous),
        new("OfficeExport", Http, "get", Routes.OfficeExport, Anonymous),
        new("OfficeSelection", Http, "get", Routes.OfficeSelection, Anonymous),
        new("OfficeFinalize", Http, "post", Routes.OfficeSelection, Anonymous),
        new("OfficeReplacementPage", Http, "get", Routes.OfficeReplacement, Anonymous),
        new("OfficeReplace", Http, "post", Routes.OfficeReplacement, Anonymous),
        new("OfficeErase", Http, "post", Routes.OfficeErasure, Anonymous),
        new("OfficeSignInPage", Http, "get", Routes.OfficeSignIn, Anonymous),
        new("OfficeSignInRequest", Http, "post", Routes.OfficeSignIn, Anonymous),
        new("OfficeSignInLink", Http, "get", Routes.OfficeSignInLink, Anonymous),
        new("OfficeSignIn", Http, "post", Routes.OfficeSignInLink, Anonymous),
        new("OfficeSignOut", Http, "post", Routes.OfficeSignOut, Anonymous),
        new("Health", Http, "get", Routes.Health, Anonymous),
        new("Asset", Http, "get", Routes.Asset, Anonymous),
        new("AdminApplications", Http, "get", Routes.AdminApplications, FunctionKey),
        new("AdminOutcome", Http, "get", Routes.AdminOutcome, FunctionKey),
        new("AdminFinalize", Http, "post", Routes.AdminFinalize, FunctionKey),
        new("AdminErase", Http, "delete", Routes.AdminErase, FunctionKey),
        new("AdminCounts", Http, "get", Routes.AdminCounts, FunctionKey),
        new("SubmitApplicationForm", Http, "post", Routes.FormPage, Anonymous),
        new("ReceiptLinkForm", Http, "post", Routes.ReceiptLinkPage, Anonymous),
        new("WithdrawApplicationForm", Http, "post", Routes.WithdrawPage, Anonymous),
        new("LostLinkPage", Http, "get", Routes.LostLinkPage, Anonymous),
        new("LostLinkRequest", Http, "post", Routes.LostLinkPage, Anonymous),
        new("ChangeApplication", Http, "put", Routes.ReceiptApi, Anonymous),
        new("ChangePage", Http, "get", Routes.ChangePage, Anonymous),
        new("ChangeApplicationForm", Http, "post", Routes.ChangePage, Anonymous),
        new("PrivacyNotice", Http, "get", Routes.PrivacyNotice, Anonymous),
        new("AccessExport", Http, "get", Routes.AccessExport, Anonymous),
        new("ReceiptAttachment", Http, "get", Routes.ReceiptAttachment, Anonymous),
        new("ReviewAttachment", Http, "get", Routes.ReviewAttachment, Anonymous),
        new("OfficeAttachment", Http, "get", Routes.OfficeAttachment, Anonymous),
    ];

    /// <summary>Every path and method no other function takes (all methods: no list), answered by Core's route miss.</summary>
    public static FunctionShape UnmatchedRoute { get; } = new("ZzUnmatchedRoute", Http, null, "{*path}", Anonymous);

    public static IReadOnlyList<FunctionShape> All { get; } =
    [
        .. HttpFunctions,
        UnmatchedRoute,
        // The schedule is the setting the host resolves (every 5 minutes as deployed), so the app and infra/main.bicep agree.
        new("SweepWorkflows", "timerTrigger", Schedule: "%Workflows:SweepSchedule%"),
        .. WorkflowCatalog.OrchestratorNames.Select(name => new FunctionShape(name, "orchestrationTrigger")),
        .. WorkflowCatalog.ActivityNames.Select(name => new FunctionShape(name, "activityTrigger")),
    ];
}
