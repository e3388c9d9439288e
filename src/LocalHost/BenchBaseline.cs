using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.LocalHost;

/// <summary>
/// The engine's own baseline for <c>./aanmelding bench</c>, on only when configuration says <c>Bench:Baseline=true</c>:
/// an orchestration with as many no-op activities as ApplicationWorkflow has (three), one timer and one external
/// event, started and woken over admin routes. The bench sets our workflows beside what the same sidecar and
/// Azurite do with no work at all. Never registered in a normal run; nothing in Core knows of it.
/// </summary>
public static class BenchBaseline
{
    public const string SettingName = "Bench:Baseline";
    const string Orchestrator = "BenchBaseline";
    const string Step = "BenchBaselineStep";
    const string EventName = "Go";

    // Progress of this process's instances: how many passed their second step, and how many their last.
    static long secondSteps;
    static long lastSteps;

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>(SettingName);

    public static void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<string, int>(Orchestrator, async (context, _) =>
        {
            await context.CallActivityAsync<int>(Step, 1);
            await context.CallActivityAsync<int>(Step, 2);
            await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
            await context.WaitForExternalEvent<bool>(EventName);
            return await context.CallActivityAsync<int>(Step, 3);
        });
        registry.AddActivityFunc<int, int>(Step, (_, step) =>
        {
            if (step == 2)
            {
                Interlocked.Increment(ref secondSteps);
            }
            else if (step == 3)
            {
                Interlocked.Increment(ref lastSteps);
            }

            return step;
        });
    }

    /// <summary>Admin routes: start one instance, wake it with its event, and read the progress counters.</summary>
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("bench/baseline/{id}", async (string id, DurableTaskClient durable) =>
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(Orchestrator, id, new StartOrchestrationOptions("bench-" + id));
            return Results.Accepted();
        });
        admin.MapPost("bench/baseline/{id}/event", async (string id, DurableTaskClient durable) =>
        {
            await durable.RaiseEventAsync("bench-" + id, EventName, true);
            return Results.Accepted();
        });
        admin.MapGet("bench/baseline", () => Results.Json(new { secondSteps = Interlocked.Read(ref secondSteps), lastSteps = Interlocked.Read(ref lastSteps) }));
    }
}
