using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Aanmelding.Functions;

/// <summary>
/// What only the Functions worker adds to Core's telemetry: the Functions resource attributes, the worker's
/// invocation spans (children of the host's request or trigger span), and the capability that tells the host
/// not to relay the worker's logs a second time (host.json's telemetryMode is OpenTelemetry).
/// </summary>
public static class FunctionsTelemetry
{
    public const string WorkerSourceName = "Microsoft.Azure.Functions.Worker";

    public static void HostDefaults(OpenTelemetryBuilder otel)
    {
        otel.UseFunctionsWorkerDefaults();
        otel.WithTracing(tracing => tracing.AddSource(WorkerSourceName));
    }
}
