using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Privacy.Erasers;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// The work of the retention workflow (<see cref="RetentionWorkflow"/>), each step idempotent: what is due when
/// (<see cref="RetentionRule"/>), the due applications erased a page at a time through <see cref="ErasureService"/>,
/// and last the call's own personal data that no single application owns: the call workflow's history, the sign-in
/// and receipt-link requests of the call (their workflows and sent-mail markers), the markers of the mails to the
/// coordinators, and every outbox message of the call. What stays is anonymous: the <c>Erasures</c> rows, the call's
/// state with its counts, and the retention workflow's own history (ids and counts).
/// </summary>
public sealed partial class RetentionService(
    CallStateStore states, ApplicationStore applications, ErasureService erasure, TableSet tables, IOptions<EmailOptions> email, ILogger<RetentionService> logger)
{
    /// <summary>At most this many applications per activity, so one activity stays short and a crash repeats little.</summary>
    public const int PageSize = 10;

    public async Task<RetentionPlan> PlanAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync(call.Id, cancellationToken);
        var withdrawnDue = (await applications.ListByCallAsync(call.Id, cancellationToken))
            .Select(a => RetentionRule.WithdrawnDueUtc(a, call.WithdrawnRetention))
            .Min();
        return new RetentionPlan(RetentionRule.CallDueUtc(state, call.Retention), withdrawnDue, RetentionRule.WakeInterval(call.Retention, call.WithdrawnRetention));
    }

    /// <summary>Erases up to <see cref="PageSize"/> due applications; returns how many it took on (fewer than a page: none are left).</summary>
    public async Task<int> EraseDueAsync(CallDefinition call, RetentionPage page, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var due = (await applications.ListByCallAsync(call.Id, cancellationToken))
            .Where(a => !page.WithdrawnOnly || RetentionRule.WithdrawnDueUtc(a, call.WithdrawnRetention) <= page.CutoffUtc)
            .Take(PageSize)
            .ToList();
        foreach (var application in due)
        {
            await erasure.EraseAsync(application.Id, ErasureReason.Retention, durable, cancellationToken, call.Id);
        }

        return due.Count;
    }

    /// <summary>Erases what the call holds beyond its applications; once the applications are gone. Returns the requests erased.</summary>
    public async Task<int> EraseCallDataAsync(CallDefinition call, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        // The call workflow has completed (the selection is final); terminated first should it still be sending.
        await WorkflowHistoryEraser.PurgeAsync(durable, CallWorkflow.InstanceId(call.Id), cancellationToken);

        var sent = await tables.GetAsync(SentEmailTable.TableName);
        var requests = 0;
        foreach (var prefix in new[] { SignInLinkWorkflow.InstanceId(""), ReceiptLinkWorkflow.InstanceId("") })
        {
            var query = new OrchestrationQuery { InstanceIdPrefix = prefix, FetchInputsAndOutputs = true };
            await foreach (var instance in durable.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
            {
                if (instance.ReadInputAs<CallRequest>() is { } request && request.CallId == call.Id)
                {
                    await WorkflowHistoryEraser.PurgeAsync(durable, instance.InstanceId, cancellationToken);
                    await TableRows.DeleteAsync(sent, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == request.RequestId), cancellationToken);
                    requests++;
                }
            }
        }

        // The mails about the call as a whole (summaries, digests, receipt links per address) are kept under its id.
        await TableRows.DeleteAsync(sent, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == call.Id), cancellationToken);

        // Every mail of the call links its privacy notice (the footer all of them share): that names the call's mail.
        var notice = LinkBuilder.PrivacyPath(call.Id);
        await OutboxEraser.DeleteWhereAsync(email.Value.OutboxPath, text => NamesPath(text, notice), cancellationToken);

        LogCallErased(logger, call.Id, requests);
        return requests;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="path"/> whole (not as the start of a longer call id).</summary>
    static bool NamesPath(string text, string path)
    {
        for (var at = text.IndexOf(path, StringComparison.Ordinal); at >= 0; at = text.IndexOf(path, at + 1, StringComparison.Ordinal))
        {
            var end = at + path.Length;
            if (end == text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or '~' or '%'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the sign-in and receipt-link requests share: their id and their call (<see cref="SignInLinkRequest"/>, <see cref="ReceiptLinkRequest"/>).</summary>
    sealed record CallRequest(string RequestId, string CallId);

    [LoggerMessage(LogLevel.Information, "Retention: the call-level personal data of {CallId} erased ({Requests} link requests)")]
    static partial void LogCallErased(ILogger logger, string callId, int requests);
}
