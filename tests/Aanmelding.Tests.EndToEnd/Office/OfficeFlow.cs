using System.Net;
using Aanmelding.Tests.Support;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>What a coordinator does with the office pages, over HTTP, with the session cookie sent by hand.</summary>
public static class OfficeFlow
{
    public const string SessionCookie = "aanmelding-sessie";

    public static bool IsSignInMail(MimeMessage message, string callId) =>
        (message.Subject ?? "").StartsWith("Inloggen:", StringComparison.Ordinal)
        && Outbox.Links(message).Any(l => l.Contains($"/office/{callId}/sign-in/link?token=", StringComparison.Ordinal));

    public static IReadOnlyList<string> SignInLinks(OfficeHost office, string coordinator) =>
        Outbox.Read(office.Host.OutboxPath)
            .Where(m => IsSignInMail(m, office.CallId) && Outbox.To(m) == coordinator)
            .SelectMany(Outbox.Links)
            .Where(l => l.Contains("/sign-in/link?token=", StringComparison.Ordinal))
            .ToList();

    /// <summary>Asks for a link on the sign-in page, as its form does.</summary>
    public static Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> RequestLinkAsync(OfficeHost office, string address) =>
        PostFormAsync(office, $"{office.Office}/sign-in", null, ("email", address));

    /// <summary>Asks for a link and waits for the new one in the coordinator's mailbox.</summary>
    public static async Task<Uri> NewSignInLinkAsync(OfficeHost office, string coordinator)
    {
        var before = SignInLinks(office, coordinator).ToHashSet(StringComparer.Ordinal);
        var (status, _, _) = await RequestLinkAsync(office, coordinator);
        Assert.Equal(HttpStatusCode.OK, status);
        await Outbox.WaitForAsync(office.Host.OutboxPath, m => IsSignInMail(m, office.CallId) && Outbox.To(m) == coordinator, before.Count + 1, TimeSpan.FromSeconds(90));
        return new Uri(Assert.Single(SignInLinks(office, coordinator), l => !before.Contains(l)));
    }

    /// <summary>Follows the link, presses "Inloggen"; returns the cookie to send (name=value).</summary>
    public static async Task<string> SignInAsync(OfficeHost office, string coordinator)
    {
        var link = await NewSignInLinkAsync(office, coordinator);
        var (status, html, _) = await GetAsync(office, link.PathAndQuery, null);
        Assert.Equal(HttpStatusCode.OK, status);
        var form = Assert.Single(Parse(html).Forms, f => f.Action.EndsWith("/sign-in/link", StringComparison.Ordinal));
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=token]")!).Value;
        var (signedIn, _, response) = await PostFormAsync(office, $"{office.Office}/sign-in/link", null, ("token", token));
        Assert.Equal(HttpStatusCode.SeeOther, signedIn);
        return Cookie(response) ?? throw new InvalidOperationException("No session cookie was set.");
    }

    /// <summary>The session cookie a response sets, as a request sends it back (name=value).</summary>
    public static string? Cookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith(SessionCookie + "=", StringComparison.Ordinal))
            : null;

    public static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> GetAsync(OfficeHost office, string pathAndQuery, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await office.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostFormAsync(
        OfficeHost office, string path, string? cookie, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await office.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>The hidden token of the page's sign-out form: what every changing office form carries.</summary>
    public static string FormToken(string html) =>
        ((IHtmlInputElement)Parse(html).QuerySelector("input[name=formulier-token]")!).Value;

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string MainText(string html) => Parse(html).QuerySelector("main")!.TextContent;
}
