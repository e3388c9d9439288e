using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Tells both sides of a replacement: the applicant that dropped out that its place went to the reserve list, the
/// first on the reserve list that it is selected after all. Each mail goes out once (its key is the application's),
/// however often this runs. Returns how many are out.
/// </summary>
public sealed class SendReplacementNotices(ApplicationLookup lookup, CallStateStore states, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<ReplacementRequest, int>
{
    public override async Task<int> ExecuteAsync(ReplacementRequest request, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(request.DroppedId, cancellationToken) is not { Application.DroppedOut: { } replacement } dropped
            || await lookup.FindAsync(replacement.ReserveId, cancellationToken) is not { } reserve)
        {
            return 0;
        }

        var call = dropped.Call;
        var selected = (await states.GetAsync(call.Id, cancellationToken)).Selected;
        var sent = 0;
        foreach (var (application, message, kind) in new[]
        {
            (dropped.Application, EmailTemplates.DroppedOut(call, dropped.Application, ReceiptUrl(dropped.Application)), EmailKinds.DroppedOut),
            (reserve.Application, EmailTemplates.SelectedFromReserve(call, reserve.Application, ReceiptUrl(reserve.Application), selected), EmailKinds.SelectedFromReserve),
        })
        {
            var delivery = await mailer.SendOnceAsync(SentEmailKey.For(application.Id, kind), message, cancellationToken);
            sent += delivery.Delivered ? 1 : 0;
        }

        return sent;

        string ReceiptUrl(Applications.Application application) => links.Receipt(application.Id, receipts.Create(application.Id, call));
    }
}
