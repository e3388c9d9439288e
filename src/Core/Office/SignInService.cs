using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// Sign-in by e-mailed link for a call's coordinators. Asking for a link is answered the same whatever address is
/// typed; only a coordinator's address gets one, sent by a workflow after the answer (<see cref="SignInLinkWorkflow"/>),
/// so the request survives the instance and the answer's time does not tell whose address it was. The link opens a
/// page with a button: only the button's POST signs in, once, so a mail scanner that fetches the link uses nothing up.
/// </summary>
public sealed class SignInService(OfficeTokens tokens, SignInLinkStore usedLinks)
{
    public async Task RequestLinkAsync(CallDefinition call, string address, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var coordinator = call.Coordinators.FirstOrDefault(c => string.Equals(c.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase));
        if (coordinator is null)
        {
            return;
        }

        var request = new SignInLinkRequest(Guid.NewGuid().ToString("N"), call.Id, tokens.CoordinatorReference(call.Id, coordinator));
        await durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(SignInLinkWorkflow), request, new StartOrchestrationOptions(SignInLinkWorkflow.InstanceId(request.RequestId)), cancellationToken);
    }

    /// <summary>Checks the link without using it: what the page behind the e-mailed link shows.</summary>
    public SignInCheck Check(CallDefinition call, string? token) => tokens.CheckLink(call, token);

    /// <summary>Uses the link (once) and opens a session.</summary>
    public async Task<SignInOutcome> SignInAsync(CallDefinition call, string? token, CancellationToken cancellationToken)
    {
        var check = tokens.CheckLink(call, token);
        if (check.State != SignInLinkState.Valid)
        {
            return new SignInOutcome(check.State);
        }

        if (!await usedLinks.TryUseAsync(check.LinkId!, check.Expires!.Value, cancellationToken))
        {
            return new SignInOutcome(SignInLinkState.Used);
        }

        var (session, cookie) = tokens.CreateSession(call, check.Coordinator!);
        return new SignInOutcome(SignInLinkState.Valid, session, cookie);
    }

    /// <summary>The session the request's cookie holds for this call, or null.</summary>
    public OfficeSession? Current(HttpRequest request, CallDefinition call) => tokens.ReadSession(call, SessionCookie.Read(request));

    public string FormToken(OfficeSession session) => tokens.FormToken(session);

    public bool IsFormTokenValid(OfficeSession session, string? presented) => tokens.IsFormTokenValid(session, presented);
}
