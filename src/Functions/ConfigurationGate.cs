using Aanmelding.Core.Configuration;
using Aanmelding.Core.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Functions;

/// <summary>
/// While <see cref="ConfigurationCheck"/> finds problems the worker takes no work: HTTP routes answer 503 (health says
/// why) and the timer does nothing. It stays up, instead of failing to start, so that health can tell the operator
/// what is wrong; workflows already running are left to the engine.
/// </summary>
public sealed partial class ConfigurationGate(ConfigurationCheck check, ILogger<ConfigurationGate> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (check.IsValid || context.FunctionDefinition.Name == HealthFunctions.Name)
        {
            await next(context);
            return;
        }

        var trigger = context.FunctionDefinition.InputBindings.Values.Select(b => b.Type).FirstOrDefault(t => t.EndsWith("Trigger", StringComparison.Ordinal));
        switch (trigger)
        {
            case "httpTrigger":
                await Problems.Misconfigured().ExecuteAsync(context.GetHttpContext()!);
                break;
            case "timerTrigger":
                LogSkipped(logger, context.FunctionDefinition.Name);
                break;
            default:
                await next(context);
                break;
        }
    }

    /// <summary>
    /// Says at start, once per problem, why the app takes no work. The worker's logger reaches the host only once the
    /// worker has connected, so this goes to standard error, which the host logs (and Azure keeps) from the start.
    /// </summary>
    public static void ReportAtStart(IServiceProvider services)
    {
        foreach (var problem in services.GetRequiredService<ConfigurationCheck>().Problems)
        {
            Console.Error.WriteLine($"Aanmelding takes no work: {problem}");
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Function} skipped: the configuration is incomplete (see /api/health)")]
    static partial void LogSkipped(ILogger logger, string function);
}
