using System.Globalization;
using Aanmelding.Contracts;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// <c>GET|POST /office/{callId}/sign-in</c> (ask for a link), <c>GET|POST /office/{callId}/sign-in/link</c> (the
/// e-mailed link's page, and its button) and <c>POST /office/{callId}/sign-out</c>; the rules are
/// <see cref="SignInService"/>'s.
/// </summary>
public static class SignInEndpoint
{
    public static Task<IResult> AskAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, () => Task.FromResult(
            services.Calls.Find(callId) is { } call ? SignInPage.Ask(call) : OfficeAccess.CallNotFound(services.Calls.Default)));

    public static Task<IResult> RequestAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            if (services.Calls.Find(callId) is not { } call)
            {
                return OfficeAccess.CallNotFound(services.Calls.Default);
            }

            if (services.Limits.ForClient(context.Connection.RemoteIpAddress) is { Allowed: false } limited)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(limited.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return HtmlPage.Message(call, "Te veel verzoeken", "U heeft in korte tijd te veel verzoeken gedaan. Probeer het over een minuut opnieuw.", StatusCodes.Status429TooManyRequests);
            }

            var (fields, refusal) = await PageForm.ReadAsync(context, call);
            if (fields is null)
            {
                return refusal!;
            }

            var address = PageForm.Field(fields, "email").Trim();
            if (!ApplicationValidator.IsEmailAddress(address))
            {
                return SignInPage.Ask(call, address, address.Length == 0 ? "Vul uw e-mailadres in." : "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.", StatusCodes.Status400BadRequest);
            }

            await services.SignIn.RequestLinkAsync(call, address, durable, context.RequestAborted);
            return SignInPage.Sent(call);
        });

    public static Task<IResult> LinkPageAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, () =>
        {
            if (services.Calls.Find(callId) is not { } call)
            {
                return Task.FromResult(OfficeAccess.CallNotFound(services.Calls.Default));
            }

            var token = context.Request.Query["token"].ToString();
            var check = services.SignIn.Check(call, token);
            return Task.FromResult(check.State == SignInLinkState.Valid ? SignInPage.Confirm(call, token) : SignInPage.Refused(call, check.State));
        });

    public static Task<IResult> SignInAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            if (services.Calls.Find(callId) is not { } call)
            {
                return OfficeAccess.CallNotFound(services.Calls.Default);
            }

            var (fields, refusal) = await PageForm.ReadAsync(context, call);
            if (fields is null)
            {
                return refusal!;
            }

            var outcome = await services.SignIn.SignInAsync(call, PageForm.Field(fields, "token"), context.RequestAborted);
            if (outcome.Session is null)
            {
                return SignInPage.Refused(call, outcome.State);
            }

            SessionCookie.Write(context, call.Id, outcome.Cookie!, outcome.Session.Expires);
            return new SeeOther(LinkBuilder.OfficePath(call.Id));
        });

    public static Task<IResult> SignOutAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, _, _, refusal) = await OfficeAccess.EnterFormAsync(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            SessionCookie.Delete(context, call!.Id);
            return SignInPage.SignedOut(call);
        });
}
