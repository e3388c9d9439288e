namespace Aanmelding.Core.Web;

/// <summary>Route templates, identical in both hosts (host.json's routePrefix is empty).</summary>
public static class Routes
{
    public const string Root = "";
    public const string FormPage = "calls/{callId}";
    public const string CallInfo = "api/calls/{callId}";
    public const string Submit = "api/calls/{callId}/applications";
    public const string ReceiptLink = "api/calls/{callId}/receipt-link";
    public const string ReceiptPage = "applications/{id}";
    public const string ReceiptApi = "api/applications/{id}";
    public const string Withdraw = "api/applications/{id}/withdraw";
    public const string ReviewPage = "review/{id}";
    public const string ReviewApi = "api/applications/{id}/review";
    public const string AdminApplications = "api/calls/{callId}/applications";
    public const string AdminOutcome = "api/calls/{callId}/outcome";
    public const string AdminFinalize = "api/calls/{callId}/finalize";
    public const string AdminCounts = "api/calls/{callId}/counts";
    public const string Health = "api/health";

    /// <summary>The privacy notice (AVG) of a call; erasure and access of one application (Core/Privacy).</summary>
    public const string PrivacyNotice = "privacy/{callId}";
    public const string AdminErase = "api/applications/{id}";
    public const string AccessExport = "api/applications/{id}/export";

    /// <summary>The office pages for a call's coordinators, behind the sign-in (<see cref="Office.OfficeAccess"/>).</summary>
    public const string Office = "office/{callId}";
    public const string OfficeSignIn = "office/{callId}/sign-in";
    public const string OfficeSignInLink = "office/{callId}/sign-in/link";
    public const string OfficeSignOut = "office/{callId}/sign-out";
    public const string OfficeApplication = "office/{callId}/applications/{id}";
    public const string OfficeExport = "office/{callId}/export";
    public const string OfficeSelection = "office/{callId}/selection";
    public const string OfficeReplacement = "office/{callId}/applications/{id}/replace";
    public const string OfficeErasure = "office/{callId}/applications/{id}/erase";

    // The applicant's forms post to page addresses (the form itself posts to FormPage), so that the address bar after
    // a post shows a page that answers a browser, never an API route.
    public const string ReceiptLinkPage = "calls/{callId}/receipt-link";
    public const string WithdrawPage = "applications/{id}/withdraw";

    /// <summary>The application form, filled in, to change the application through the receipt link (GET shows, POST stores).</summary>
    public const string ChangePage = "applications/{id}/change";

    /// <summary>"Stuur mijn link opnieuw": the applicant's receipt links mailed to the contact address typed.</summary>
    public const string LostLinkPage = "calls/{callId}/lost-link";

    /// <summary>An application's attachment, behind the door of the page that lists it: receipt link, review link, office session.</summary>
    public const string ReceiptAttachment = "applications/{id}/attachments/{attachmentId}";
    public const string ReviewAttachment = "review/{id}/attachments/{attachmentId}";
    public const string OfficeAttachment = "office/{callId}/applications/{id}/attachments/{attachmentId}";

    /// <summary>The pages' stylesheets (<see cref="Assets.PageAssets"/>).</summary>
    public const string Asset = "assets/{file}";
}
