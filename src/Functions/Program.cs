using Aanmelding.Core;
using Aanmelding.Core.Telemetry;
using Aanmelding.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ConfigurationGate>();
builder.Services.AddAanmeldingCore(builder.Configuration);
builder.Services.AddAanmeldingTelemetry(builder.Configuration, FunctionsTelemetry.HostDefaults);
var app = builder.Build();
ConfigurationGate.ReportAtStart(app.Services);
app.Run();
