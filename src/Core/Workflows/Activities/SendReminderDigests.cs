using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// One digest per coordinator listing the applications they have not decided themselves, each with its review
/// link; a coordinator with nothing pending gets no mail. Returns the number of digests sent.
/// </summary>
public sealed class SendReminderDigests(
    CallCatalog calls, ApplicationStore applications, DecisionStore decisions, ReviewTokens tokens, LinkBuilder links, Mailer mailer)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        var open = (await applications.ListByCallAsync(callId, cancellationToken))
            .Where(a => a.Status != ApplicationStatus.Withdrawn && a.Outcome is null)
            .ToList();

        var decidedBy = await decisions.DecidersByApplicationAsync(callId, cancellationToken);
        var sent = 0;
        foreach (var coordinator in call.Coordinators)
        {
            var pending = open
                .Where(a => !decidedBy.TryGetValue(a.Id, out var who) || !who.Contains(coordinator))
                .OrderBy(a => a.SubmittedAt)
                .Select(a => new PendingReview(
                    a.Id, a.Form.Organisation ?? "", a.Form.Municipality ?? "", a.Form.Neighbourhood ?? "",
                    links.Review(a.Id, tokens.Create(a.Id, coordinator, call))))
                .ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            await mailer.SendOnceAsync(SentEmailKey.For(callId, EmailKinds.ReminderDigest, coordinator), EmailTemplates.ReminderDigest(call, coordinator, pending), cancellationToken);
            sent++;
        }

        return sent;
    }
}
