using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace Aanmelding.Core.Telemetry;

/// <summary>OpenTelemetry for both hosts, configured once: the same sources, log scopes and exporters everywhere.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Categories whose Information logs carry request URLs with their query (link tokens name the recipient) or
    /// are plumbing chatter; only their warnings and errors are exported.
    /// </summary>
    static readonly string[] QuietCategories =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        "Azure",
        "Grpc",
        "DurableTask",
        "Microsoft.DurableTask",
    ];

    /// <summary>
    /// Sends traces and logs to Azure Monitor and/or an OTLP collector as <see cref="TelemetryExport"/> reads them
    /// from configuration; with neither configured nothing is registered and nothing is exported.
    /// <paramref name="hostDefaults"/> adds what only one host has (its request spans).
    /// </summary>
    public static IServiceCollection AddAanmeldingTelemetry(
        this IServiceCollection services, IConfiguration configuration, Action<OpenTelemetryBuilder>? hostDefaults = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var export = TelemetryExport.From(configuration);
        if (!export.Any)
        {
            return services;
        }

        var otel = services.AddOpenTelemetry();
        hostDefaults?.Invoke(otel);
        otel.AddAanmeldingSignals();

        if (export.ToAzureMonitor)
        {
            otel.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = export.AzureMonitorConnectionString;
                o.Credential = export.Credential();
            });
        }

        if (export.ToOtlp)
        {
            // Endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* settings.
            otel.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// What is traced and logged, without an exporter: our spans, the Durable Task SDK's and the Azure SDK's; logs
    /// with their scopes, where every log written inside one of our spans finds the span's ids.
    /// </summary>
    public static OpenTelemetryBuilder AddAanmeldingSignals(this OpenTelemetryBuilder otel)
    {
        ArgumentNullException.ThrowIfNull(otel);

        // The Azure SDK publishes ActivitySource spans only when asked to (still marked experimental).
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

        otel.WithTracing(tracing =>
        {
            tracing.AddSource([.. AanmeldingTelemetry.TracedSources]);
            tracing.AddProcessor(new BackgroundAzureCallFilter());
        });
        otel.WithLogging(configureBuilder: null, configureOptions: options =>
        {
            options.IncludeScopes = true;
            options.IncludeFormattedMessage = true;
        });

        // The current span's tags join each log's scope, so a log line inside a submission or an activity carries
        // aanmelding.application_id / aanmelding.call_id without every class opening its own scope.
        // (Trace and span ids travel with every exported log record anyway.)
        otel.Services.Configure<LoggerFactoryOptions>(o => o.ActivityTrackingOptions |= ActivityTrackingOptions.Tags);
        otel.Services.AddLogging(logging =>
        {
            foreach (var category in QuietCategories)
            {
                logging.AddFilter<OpenTelemetryLoggerProvider>(category, LogLevel.Warning);
            }
        });

        return otel;
    }
}
