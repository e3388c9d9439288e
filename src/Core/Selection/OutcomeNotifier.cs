using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Selection;

/// <summary>
/// E-mails applicants their final outcome (selected, reserve or not selected) in words for the applicant, with the real
/// number of wijken selected. Each application's mail goes out once, however often it is asked (its key is the
/// application's), so the call's pages and an application's own workflow may both ask.
/// </summary>
public sealed partial class OutcomeNotifier(
    ApplicationLookup lookup, CallStateStore states, ReceiptTokens receipts, LinkBuilder links, Mailer mailer, ILogger<OutcomeNotifier> logger)
{
    /// <summary>How many mails of one page are on their way at once.</summary>
    const int PageParallelism = 4;

    /// <summary>True when the mail is out (now or before); false when the application or its outcome is gone.</summary>
    public async Task<bool> NotifyAsync(string applicationId, CancellationToken cancellationToken) =>
        await NotifyAsync(applicationId, new Dictionary<string, int>(StringComparer.Ordinal), cancellationToken);

    /// <summary>
    /// Sends every application of <paramref name="applicationIds"/> its outcome, a few at a time, reading the call's
    /// selected count once. Returns the ids whose mail could not go out now (a failure after the mailer's own retries),
    /// so that someone else can try them; the rest are out, or have no outcome to tell.
    /// </summary>
    public async Task<List<string>> NotifyAllAsync(IReadOnlyList<string> applicationIds, CancellationToken cancellationToken)
    {
        var selectedPerCall = new Dictionary<string, int>(StringComparer.Ordinal);
        var failed = new List<string>();
        await Parallel.ForEachAsync(
            applicationIds,
            new ParallelOptions { MaxDegreeOfParallelism = PageParallelism, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                try
                {
                    await NotifyAsync(id, selectedPerCall, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    lock (failed)
                    {
                        failed.Add(id);
                    }

                    LogNotSent(logger, e.GetType().Name);
                }
            });
        return [.. applicationIds.Where(failed.Contains)];
    }

    async Task<bool> NotifyAsync(string applicationId, Dictionary<string, int> selectedPerCall, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found || found.Application.Outcome is null)
        {
            return false;
        }

        var (application, call) = found;
        var selected = await SelectedAsync(call.Id, selectedPerCall, cancellationToken);
        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var message = EmailTemplates.Outcome(call, application, receiptUrl, selected);
        var delivery = await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.Outcome), message, cancellationToken);
        return delivery.Delivered;
    }

    /// <summary>The call's number of selected wijken, read once per call for a page (the selection is final: it no longer changes).</summary>
    async Task<int> SelectedAsync(string callId, Dictionary<string, int> selectedPerCall, CancellationToken cancellationToken)
    {
        lock (selectedPerCall)
        {
            if (selectedPerCall.TryGetValue(callId, out var known))
            {
                return known;
            }
        }

        var selected = (await states.GetAsync(callId, cancellationToken)).Selected;
        lock (selectedPerCall)
        {
            selectedPerCall[callId] = selected;
        }

        return selected;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outcome e-mail could not go out now ({Error}); the application's own workflow will try it")]
    private static partial void LogNotSent(ILogger logger, string error);
}
