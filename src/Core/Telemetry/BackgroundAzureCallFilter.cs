using System.Diagnostics;
using OpenTelemetry;

namespace Aanmelding.Core.Telemetry;

/// <summary>
/// Keeps Azure SDK calls that belong to no trace out of the export. In LocalHost the durable backend polls its
/// queues and renews its blob leases every few seconds; each poll would be a trace of its own and drown the ones
/// that matter. An Azure call made while handling a request, a workflow step or one of our spans has a parent and
/// is kept. Decided when a span starts, so the order of processors and exporters does not matter.
/// </summary>
public sealed class BackgroundAzureCallFilter : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // A parent that is itself left out (a filtered request, an Azure call dropped here) leaves its children out too,
        // whichever sampler the exporter brought.
        if (data.Source.Name.StartsWith("Azure.", StringComparison.Ordinal) && (data.ParentId is null || data.Parent is { Recorded: false }))
        {
            // Not recorded: exporters skip it, and its children (the HTTP attempts) are not sampled.
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
