using Aanmelding.Core.Calls;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Web;

/// <summary>Absolute URLs for e-mails, from <c>Links:BaseUrl</c>.</summary>
public sealed class LinkBuilder(IConfiguration configuration)
{
    public const string DefaultBaseUrl = CallCatalog.DefaultBaseUrl;

    public string BaseUrl => CallCatalog.PublicBaseUrlOf(configuration);

    public static string FormPath(string callId) => $"/calls/{Uri.EscapeDataString(callId)}";

    /// <summary>The call's privacy notice (<see cref="Routes.PrivacyNotice"/>).</summary>
    public static string PrivacyPath(string callId) => $"/privacy/{Uri.EscapeDataString(callId)}";

    public static string ReceiptPath(string applicationId, string token) =>
        $"/applications/{Uri.EscapeDataString(applicationId)}?token={Uri.EscapeDataString(token)}";

    /// <summary>The form to change the application, behind the same receipt token.</summary>
    public static string ChangePath(string applicationId, string token) =>
        $"/applications/{Uri.EscapeDataString(applicationId)}/change?token={Uri.EscapeDataString(token)}";

    /// <summary>Everything held about the application, as JSON (<see cref="Routes.AccessExport"/>).</summary>
    public static string ExportPath(string applicationId, string token) =>
        $"/api/applications/{Uri.EscapeDataString(applicationId)}/export?token={Uri.EscapeDataString(token)}";

    public static string ReceiptApiPath(string applicationId, string token) =>
        $"/api/applications/{Uri.EscapeDataString(applicationId)}?token={Uri.EscapeDataString(token)}";

    public string Receipt(string applicationId, string token) => BaseUrl + ReceiptPath(applicationId, token);

    public string Review(string applicationId, string token) =>
        $"{BaseUrl}/review/{Uri.EscapeDataString(applicationId)}?token={Uri.EscapeDataString(token)}";

    /// <summary>The call's overview for its coordinators (behind the sign-in): where the coordinators' e-mails lead.</summary>
    public string Office(string callId) => BaseUrl + OfficePath(callId);

    public string SignInLink(string callId, string token) => $"{BaseUrl}{OfficePath(callId)}/sign-in/link?token={Uri.EscapeDataString(token)}";

    /// <summary>An attachment through the receipt link (the token as in the receipt's own address).</summary>
    public static string ReceiptAttachmentPath(string applicationId, string attachmentId, string token) =>
        $"/applications/{Uri.EscapeDataString(applicationId)}/attachments/{Uri.EscapeDataString(attachmentId)}?token={Uri.EscapeDataString(token)}";

    /// <summary>An attachment through a coordinator's review link.</summary>
    public static string ReviewAttachmentPath(string applicationId, string attachmentId, string token) =>
        $"/review/{Uri.EscapeDataString(applicationId)}/attachments/{Uri.EscapeDataString(attachmentId)}?token={Uri.EscapeDataString(token)}";

    /// <summary>An attachment in the office, behind the session.</summary>
    public static string OfficeAttachmentPath(string callId, string applicationId, string attachmentId) =>
        $"{OfficeApplicationPath(callId, applicationId)}/attachments/{Uri.EscapeDataString(attachmentId)}";

    public static string OfficePath(string callId) => $"/office/{Uri.EscapeDataString(callId)}";

    public static string OfficeApplicationPath(string callId, string applicationId) =>
        $"{OfficePath(callId)}/applications/{Uri.EscapeDataString(applicationId)}";

    public static string OfficeReplacementPath(string callId, string applicationId) => OfficeApplicationPath(callId, applicationId) + "/replace";

    public static string OfficeErasurePath(string callId, string applicationId) => OfficeApplicationPath(callId, applicationId) + "/erase";
}
