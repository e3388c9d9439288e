using Aanmelding.Core;
using Aanmelding.LocalHost;

var data = LocalData.FromEnvironment();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var storage = LocalSettings.Apply(builder.Configuration, data, out var notices);

builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.WebHost.ConfigureKestrel(k => ListenAddresses.Apply(k, builder.Configuration["ASPNETCORE_URLS"] ?? builder.Configuration["urls"] ?? ListenAddresses.Default));

builder.Services.AddAanmeldingCore(builder.Configuration);
await DurableSidecar.AddAsync(builder, storage);
builder.Services.AddHostedService<CallWorkflowBootstrap>();

var app = builder.Build();
app.UseStatusCodePages(LocalEndpoints.EmptyErrorAsync);
DurableSidecar.Map(app);
LocalEndpoints.Map(app, data);

var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Aanmelding.LocalHost");
foreach (var notice in notices)
{
    startup.LogWarning("{Notice}", notice);
}

app.Lifetime.ApplicationStarted.Register(() => LocalEndpoints.PrintWelcome(app, data));
await app.RunAsync();
