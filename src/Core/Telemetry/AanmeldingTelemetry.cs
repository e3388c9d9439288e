using System.Diagnostics;

namespace Aanmelding.Core.Telemetry;

/// <summary>
/// Aanmelding's own spans, the same in both hosts. Spans and the logs written inside them (their tags are in the
/// log scope, see <see cref="TelemetryServiceCollectionExtensions"/>) carry ids only: an application id, a call id,
/// an outcome. Never an e-mail address, name, phone number or link token: those are personal data or secrets.
/// </summary>
public static class AanmeldingTelemetry
{
    public const string SourceName = "Aanmelding";
    public const string ApplicationIdTag = "aanmelding.application_id";
    public const string CallIdTag = "aanmelding.call_id";
    public const string OutcomeTag = "aanmelding.outcome";
    public const string DecisionTag = "aanmelding.decision";

    /// <summary>The Durable Task SDK's own spans (orchestrations, activities, client calls), in LocalHost and the Functions worker.</summary>
    public const string DurableTaskSourceName = "Microsoft.DurableTask";

    /// <summary>The Azure SDK clients' spans (Tables, and the durable backend's storage in LocalHost).</summary>
    public const string AzureSdkSourceNames = "Azure.*";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>Every activity source both hosts trace.</summary>
    public static IReadOnlyList<string> TracedSources { get; } = [SourceName, DurableTaskSourceName, AzureSdkSourceNames];

    /// <summary>Starts a span about one application; null when nobody listens.</summary>
    public static Activity? StartForApplication(string operation, string applicationId, string? callId = null)
    {
        var activity = Source.StartActivity(operation);
        activity?.SetTag(ApplicationIdTag, applicationId);
        if (callId is not null)
        {
            activity?.SetTag(CallIdTag, callId);
        }

        return activity;
    }

    /// <summary>Starts a span about one call; null when nobody listens.</summary>
    public static Activity? StartForCall(string operation, string callId)
    {
        var activity = Source.StartActivity(operation);
        activity?.SetTag(CallIdTag, callId);
        return activity;
    }

    /// <summary>
    /// Marks the span failed with the exception's type only: messages of storage and mail errors may quote
    /// addresses or response bodies, and the host logs the exception where it is handled.
    /// </summary>
    public static void RecordFailure(Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
    }
}
