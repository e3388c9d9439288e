using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Sends each coordinator the final summary with the selection attached as CSV.</summary>
public sealed class SendFinalSummary(CallCatalog calls, OutcomeStore outcomes, LinkBuilder links, Mailer mailer)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        var rows = await outcomes.ListAsync(callId, cancellationToken);
        var csv = OutcomeCsv.Write(rows);
        var selected = rows.Count(r => r.Outcome == ApplicationStatus.Selected);
        var reserve = rows.Count(r => r.Outcome == ApplicationStatus.Reserve);
        var notSelected = rows.Count(r => r.Outcome == ApplicationStatus.NotSelected);
        foreach (var coordinator in call.Coordinators)
        {
            var message = EmailTemplates.FinalSummary(call, coordinator, selected, reserve, notSelected, csv, links.AdminOutcome(callId));
            await mailer.SendOnceAsync(MailKeys.For(callId, "final-summary", coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
