using Aanmelding.Contracts;
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
    CallCatalog calls, ApplicationStore applications, DecisionStore decisions, LinkSigner signer, LinkBuilder links, Mailer mailer)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        var open = new List<Intake.SubmittedApplication>();
        await foreach (var app in applications.ListByCallAsync(callId, cancellationToken))
        {
            if (app.Status != ApplicationStatus.Withdrawn && app.Outcome is null)
            {
                open.Add(app);
            }
        }

        var decidedBy = await decisions.DecidersByApplicationAsync(callId, cancellationToken);
        var sent = 0;
        foreach (var coordinator in call.Coordinators)
        {
            var pending = open
                .Where(a => !decidedBy.TryGetValue(a.Id, out var who) || !who.Contains(coordinator))
                .OrderBy(a => a.SubmittedAt)
                .Select(a => new PendingReview(
                    a.Id, a.Form.Organisation ?? "", a.Form.Municipality ?? "", a.Form.Neighbourhood ?? "",
                    links.Review(a.Id, signer.Create(a.Id, coordinator, LinkPurpose.Review, call.ReviewDeadline))))
                .ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            await mailer.SendOnceAsync(MailKeys.For(callId, "reminder", coordinator), EmailTemplates.ReminderDigest(call, coordinator, pending), cancellationToken);
            sent++;
        }

        return sent;
    }
}
