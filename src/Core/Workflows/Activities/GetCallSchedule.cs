using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Reads the call's deadlines from configuration as they are now.</summary>
public sealed class GetCallSchedule(CallCatalog calls) : CallActivity<CallSchedule>(calls)
{
    protected override CallSchedule WhenCallMissing => new(DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, Exists: false);

    protected override Task<CallSchedule> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken) =>
        Task.FromResult(new CallSchedule(call.ClosesAt.UtcDateTime, call.ReminderAt.UtcDateTime, call.ReviewDeadline.UtcDateTime, Exists: true));
}
