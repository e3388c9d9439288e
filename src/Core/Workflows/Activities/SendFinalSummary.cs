using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Export;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Sends each coordinator the final summary with the selection attached as CSV; for a call with no application in play
/// it sends nothing: the intake-closed summary told them already that there was nothing to review or select.
/// </summary>
public sealed class SendFinalSummary(CallCatalog calls, CallStateStore states, OutcomeStore outcomes, LinkBuilder links, Mailer mailer)
    : CallActivity<int>(calls)
{
    protected override int WhenCallMissing => 0;

    protected override async Task<int> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        var state = await states.GetAsync(callId, cancellationToken);
        if (state.Selected + state.Reserve + state.NotSelected == 0)
        {
            return 0;
        }

        var csv = SelectionCsv.Write(await outcomes.ListAsync(callId, cancellationToken));
        foreach (var coordinator in call.Coordinators)
        {
            var message = EmailTemplates.FinalSummary(call, coordinator, state.Selected, state.Reserve, state.NotSelected, csv, links.Office(callId));
            await mailer.SendOnceAsync(SentEmailKey.For(callId, EmailKinds.FinalSummary, coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
