using Aanmelding.Bench.Floor;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddSingleton(await FloorInsert.TableAsync(builder.Configuration["AzureWebJobsStorage"] ?? ""));
builder.Build().Run();
