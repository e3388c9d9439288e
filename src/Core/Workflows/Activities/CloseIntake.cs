using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Records intake as closed and sends each coordinator the summary: how many applications, per municipality,
/// how many undecided, with the link to the office. With <see cref="CallDefinition.ReviewRequestDigest"/> it is the
/// coordinator's digest too: every application they have to review, with its review link. The request-time check
/// refused late submissions already.
/// </summary>
public sealed class CloseIntake(
    CallCatalog calls, CallStateStore states, ApplicationStore applications, ReviewTokens tokens, LinkBuilder links, Mailer mailer, TimeProvider time)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        await states.AdvanceAsync(callId, s => s.Close(time.GetUtcNow()), cancellationToken);

        var all = await applications.ListByCallAsync(callId, cancellationToken);
        var active = all.Where(a => a.Status != ApplicationStatus.Withdrawn).ToList();
        var perMunicipality = active
            .GroupBy(a => a.MunicipalityIdentity)
            .Select(g => new MunicipalityCount(g.First().Form.Municipality ?? "", g.Count()))
            .OrderByDescending(m => m.Count).ThenBy(m => m.Municipality, StringComparer.CurrentCulture)
            .ToList();
        var summary = new IntakeSummary(all.Count, all.Count - active.Count, active.Count(a => a.Decision is null), perMunicipality);

        foreach (var coordinator in call.Coordinators)
        {
            var toReview = call.ReviewRequestDigest
                ? PendingReview.For(all, coordinator, a => links.Review(a.Id, tokens.Create(a.Id, coordinator, call)))
                : null;
            var message = EmailTemplates.IntakeClosed(call, coordinator, summary, links.Office(callId), toReview);
            await mailer.SendOnceAsync(SentEmailKey.For(callId, EmailKinds.IntakeClosed, coordinator), message, cancellationToken);
        }

        return active.Count;
    }
}
