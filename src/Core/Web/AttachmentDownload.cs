using System.Security.Cryptography;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Aanmelding.Core.Web;

/// <summary>
/// Sends one attachment of an application its caller may open (the receipt link, a review link, the office session:
/// each door checks its own): always as a download of <c>application/pdf</c>, never sniffed, under the download
/// policy, and only when the bytes are still the ones that were checked when it was sent.
/// </summary>
public static class AttachmentDownload
{
    /// <summary>The download, or a Dutch page when the application has no such attachment.</summary>
    public static async Task<IResult> SendAsync(AttachmentStore files, Application application, CallDefinition call, string attachmentId, CancellationToken cancellationToken)
    {
        var attachment = application.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        var content = attachment is null ? null : await files.ReadAsync(application.CallId, application.Id, attachment.Id, cancellationToken);
        if (attachment is null || content is null
            || !Convert.ToHexStringLower(SHA256.HashData(content.ToMemory().Span)).Equals(attachment.Sha256, StringComparison.Ordinal))
        {
            return HtmlPage.Message(call, "Bijlage niet gevonden", "Deze aanmelding heeft geen bijlage met dit nummer.", StatusCodes.Status404NotFound);
        }

        return new Download(content, attachment.FileName);
    }

    /// <summary>How a page lists attachments: each a link with its name and size.</summary>
    public static string Links(Application application, Func<Attachment, string> href) =>
        "<ul class=\"utrecht-unordered-list\">" + string.Concat(application.Attachments.Select(a =>
            $"<li class=\"utrecht-unordered-list__item\">{HtmlPage.Link(href(a), a.FileName)} (pdf, {Html.Encode(AttachmentRules.DescribeSize(a.Size))})</li>")) + "</ul>";

    sealed class Download(BinaryData content, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            ResponseHeaders.ForDownload(response);
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            response.Headers.ContentDisposition = disposition.ToString();
            response.ContentType = "application/pdf";
            response.ContentLength = content.ToMemory().Length;
            return response.Body.WriteAsync(content.ToMemory(), httpContext.RequestAborted).AsTask();
        }
    }
}
