using Aanmelding.Core.Privacy;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// One per call (issue 17), started by the sweep with the call: erases each withdrawn application once
/// <c>WithdrawnRetention</c> has passed since its withdrawal, and once <c>Retention</c> has passed since the selection
/// became final, every application that is left and then the call's own personal data; then it completes. Each round
/// reads what is due (<see cref="GetRetentionPlan"/>), erases what is due a page at a time, sleeps on one durable timer
/// until the next due moment or the next read (<see cref="RetentionRule.NextWakeUtc"/>), and continues as new, so its
/// history stays one round long. Because it never sleeps longer than either period, whatever is withdrawn or becomes
/// final while it sleeps is due only after it has read again: the timer then set is exact, so nothing is erased later
/// than timer delivery and the activities take (or <see cref="RetentionRule.ShortestWake"/>, for a period shorter than
/// that). A changed period is honoured at the next read. Deterministic: time only from the context; no timer is left
/// waiting. Its history holds the call id and counts, nothing personal, so it may stay.
/// </summary>
public sealed class RetentionWorkflow : TaskOrchestrator<RetentionWorkflowInput, RetentionWorkflowResult?>
{
    public static string InstanceId(string callId) => "retention-" + callId;

    public override async Task<RetentionWorkflowResult?> RunAsync(TaskOrchestrationContext context, RetentionWorkflowInput input)
    {
        var callId = input.CallId;
        var erased = input.Erased;
        TimeSpan wait;
        try
        {
            var plan = await context.CallActivityAsync<RetentionPlan>(nameof(GetRetentionPlan), callId, WorkflowRetry.Default);
            var now = context.CurrentUtcDateTime;
            if (plan.CallDueUtc <= now)
            {
                erased += await EraseInPagesAsync(context, new RetentionPage(callId, now, WithdrawnOnly: false));
                await context.CallActivityAsync<int>(nameof(EraseCallData), callId, WorkflowRetry.Default);
                return new RetentionWorkflowResult(callId, erased);
            }

            if (plan.WithdrawnDueUtc <= now)
            {
                // Read again at once: another withdrawal may fall due soon after these.
                erased += await EraseInPagesAsync(context, new RetentionPage(callId, now, WithdrawnOnly: true));
                context.ContinueAsNew(input with { Erased = erased });
                return null;
            }

            wait = RetentionRule.NextWakeUtc(plan.CallDueUtc, plan.WithdrawnDueUtc, plan.WakeInterval, now) - now;
        }
        catch (TaskFailedException)
        {
            // Storage was away for longer than the retries last: what was done stays done; the next round carries on.
            wait = RetentionRule.RecheckInterval;
        }

        await context.CreateTimer(context.CurrentUtcDateTime + wait, CancellationToken.None);
        context.ContinueAsNew(input with { Erased = erased });
        return null;
    }

    /// <summary>Erases page after page until a page comes back short; returns how many were erased.</summary>
    static async Task<int> EraseInPagesAsync(TaskOrchestrationContext context, RetentionPage page)
    {
        var erased = 0;
        while (true)
        {
            var count = await context.CallActivityAsync<int>(nameof(EraseRetained), page, WorkflowRetry.Default);
            erased += count;
            if (count < RetentionService.PageSize)
            {
                return erased;
            }
        }
    }
}
