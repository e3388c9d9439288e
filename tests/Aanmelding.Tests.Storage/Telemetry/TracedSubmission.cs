using System.Diagnostics;
using Aanmelding.Core;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace Aanmelding.Tests.Storage.Telemetry;

/// <summary>
/// One real submission with Core's telemetry exported to memory: Core's services on the run's Azurite, the
/// application workflow on the in-process Durable Task host, the acknowledgement written to an outbox folder.
/// Waits until the acknowledgement and the review requests have gone out, so the spans and logs of the submission
/// and of its first activities are all there. Then one Azure call outside any trace, which must not be exported.
/// </summary>
public sealed class TracedSubmission : IAsyncLifetime
{
    public const string ContactName = "Tessa Telemetrie-Verbeek";
    public const string ContactPhone = "06 9876 5432";

    readonly TempFolder outbox = new();
    DurableTaskTestHost? host;

    public string CallId { get; } = "telemetrie-" + Guid.NewGuid().ToString("N")[..8];

    public string ContactEmail { get; } = $"contact-{Guid.NewGuid():N}@example.org";

    public string ProbeTable { get; } = "Probe" + Guid.NewGuid().ToString("N")[..10];

    public string ApplicationId { get; private set; } = "";

    public ExportedCollection<Activity> Spans { get; } = new();

    public ExportedCollection<LogRecord> Logs { get; } = new();

    public string OutboxPath => outbox.Path;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = TestStorage.ConnectionString,
            [$"Calls:{CallId}:Title"] = "Verduurzaming van kwetsbare wijken (telemetrie)",
            [$"Calls:{CallId}:Deadline"] = "2099-07-13T23:59:59",
            [$"Calls:{CallId}:Coordinators:0"] = "coordinator@example.org",
            ["Links:SigningKey"] = "telemetry-test-signing-key-0123456789abcdef",
            ["Links:BaseUrl"] = "http://localhost:7071",
            ["Email:OutboxPath"] = outbox.Path,
        }).Build();

        host = await DurableTaskTestHost.StartAsync(WorkflowCatalog.Register, new DurableTaskTestHostOptions
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddAanmeldingCore(configuration);
                services.AddOpenTelemetry()
                    .AddAanmeldingSignals()
                    .WithTracing(t => t.AddInMemoryExporter(Spans))
                    .WithLogging(l => l.AddInMemoryExporter(Logs));
            },
        });

        var submission = host.Services.GetRequiredService<SubmissionService>();
        var result = await submission.SubmitAsync(CallId, Form(), attachments: [], idempotencyKey: null, host.Client, CancellationToken.None);
        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        ApplicationId = result.Application!.Id;

        await WaitForSpanAsync(nameof(Core.Workflows.Activities.RequestReviews));

        // Outside any span: the kind of call the durable backend makes all the time.
        await host.Services.GetRequiredService<TableServiceClient>().GetTableClient(ProbeTable).CreateIfNotExistsAsync();
    }

    public IReadOnlyList<Activity> SpansNamed(string name) =>
        Spans.Snapshot().Where(s => s.Source.Name == AanmeldingTelemetry.SourceName && s.DisplayName == name).ToList();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        outbox.Dispose();
    }

    Contracts.ApplicationForm Form() =>
        (TestApplication.Of("Zwolle", "Holtenbroek", "Gemeente Zwolle", ContactEmail) with { ContactName = ContactName, ContactPhone = ContactPhone }).Form();

    async Task WaitForSpanAsync(string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!SpansNamed(name).Any(s => Equals(s.GetTagItem(AanmeldingTelemetry.ApplicationIdTag), ApplicationId)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {name} span for {ApplicationId} within 90 s.");
            }

            await Task.Delay(100);
        }
    }
}
