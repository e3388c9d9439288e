using Aanmelding.Core.Calls;
using Aanmelding.Core.Telemetry;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Reads the call's deadlines from configuration as they are now.</summary>
public sealed class GetCallSchedule(CallCatalog calls) : WorkflowActivity<string, CallSchedule>
{
    protected override string SubjectTag => AanmeldingTelemetry.CallIdTag;

    public override Task<CallSchedule> ExecuteAsync(string callId, CancellationToken cancellationToken)
    {
        var call = calls.Find(callId);
        return Task.FromResult(call is null
            ? new CallSchedule(DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, Exists: false)
            : new CallSchedule(call.ClosesAt.UtcDateTime, call.ReminderAt.UtcDateTime, call.ReviewDeadline.UtcDateTime, Exists: true));
    }
}
