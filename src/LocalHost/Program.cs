using Aanmelding.Core;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Aanmelding.LocalHost;

var data = LocalData.FromEnvironment();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var storage = LocalSettings.Apply(builder.Configuration, data, out var notices, out var adminKeyNote);
if (LocalSettings.Refusals(builder.Configuration) is { Count: > 0 } refusals)
{
    // A missing or weak key or an unsendable e-mail: refuse to start rather than fail request by request.
    await Console.Error.WriteLineAsync("LocalHost start niet:");
    foreach (var refusal in refusals)
    {
        await Console.Error.WriteLineAsync($"  - {refusal}");
    }

    return 1;
}

builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.WebHost.ConfigureKestrel(k => ListenAddresses.Apply(k, ListenAddresses.Of(builder.Configuration)));

// Every step is durable in storage, so a quick stop loses nothing; the worker's open gRPC stream would otherwise
// hold Kestrel's drain for the default 30 s.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
builder.Services.AddAanmeldingCore(builder.Configuration);
builder.Services.AddAanmeldingTelemetry(builder.Configuration, LocalTelemetry.HostDefaults);
try
{
    await DurableSidecar.AddAsync(builder, storage, WorkflowCatalog.Register);
}
catch (StorageUnavailableException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

builder.Services.AddHostedService<CallWorkflowBootstrap>();

var app = builder.Build();
app.UseStatusCodePages(LocalEndpoints.EmptyErrorAsync);
LocalEndpoints.Map(app, data, ListenAddresses.Of(builder.Configuration));

var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Aanmelding.LocalHost");
foreach (var notice in notices)
{
    startup.LogWarning("{Notice}", notice);
}

app.Lifetime.ApplicationStarted.Register(() => LocalEndpoints.PrintWelcome(app, data, adminKeyNote));
await app.RunAsync();
return 0;
