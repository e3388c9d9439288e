using Microsoft.DurableTask;

namespace Aanmelding.Bench;

/// <summary>
/// The engine's own baseline: an orchestration with as many no-op activities as ApplicationWorkflow has (three), one
/// timer and one external event. <see cref="BaselineHost"/> runs it on LocalHost's durable wiring (the same sidecar and
/// engine settings) on the same Azurite, in the bench's own process, so the product never carries it.
/// </summary>
public static class BenchBaseline
{
    public const string Orchestrator = "BenchBaseline";
    public const string EventName = "Go";
    const string Step = "BenchBaselineStep";

    // Progress of this process's instances: how many passed their second step, and how many their last.
    static long secondSteps;
    static long lastSteps;

    public static long SecondSteps => Interlocked.Read(ref secondSteps);

    public static long LastSteps => Interlocked.Read(ref lastSteps);

    public static string InstanceId(string id) => "bench-" + id;

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
}
