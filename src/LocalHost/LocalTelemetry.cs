using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Aanmelding.LocalHost;

/// <summary>
/// What only LocalHost adds to Core's telemetry: a span per HTTP request, as the Functions host makes one in Azure.
/// </summary>
public static class LocalTelemetry
{
    public static void HostDefaults(OpenTelemetryBuilder otel)
    {
        otel.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(options =>
        {
            // The durable sidecar's gRPC calls are the worker's plumbing, not requests anyone made.
            options.Filter = context => context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true;

            // Receipt and review links carry their token in the query, and a token names its recipient.
            options.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
            options.RecordException = false;
        }));
    }
}
