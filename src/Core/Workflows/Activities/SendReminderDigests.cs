using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// One digest per coordinator listing the applications they have not reviewed themselves (<see cref="PendingReview.For"/>),
/// each with its review link; a coordinator with nothing pending gets no mail. Returns the number of digests sent.
/// </summary>
public sealed class SendReminderDigests(CallCatalog calls, ApplicationStore applications, ReviewTokens tokens, LinkBuilder links, Mailer mailer)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var all = await applications.ListByCallAsync(call.Id, cancellationToken);
        var sent = 0;
        foreach (var coordinator in call.Coordinators)
        {
            var pending = PendingReview.For(all, coordinator, a => links.Review(a.Id, tokens.Create(a.Id, coordinator, call)));
            if (pending.Count == 0)
            {
                continue;
            }

            await mailer.SendOnceAsync(SentEmailKey.For(call.Id, EmailKinds.ReminderDigest, coordinator), EmailTemplates.ReminderDigest(call, coordinator, pending), cancellationToken);
            sent++;
        }

        return sent;
    }
}
