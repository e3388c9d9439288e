using Microsoft.DurableTask;

namespace Aanmelding.Bench.Floor;

/// <summary>
/// The engine's own baseline: an orchestration with as many no-op activities as ApplicationWorkflow has (three), one
/// timer and one external event. One shape for both baseline hosts: the bench registers it on LocalHost's durable wiring
/// in its own process, this Functions app as an orchestrator and an activity function under
/// the real Functions host; the product carries neither. Progress is read from the task hub's Instances table, so it
/// counts the same wherever the activities run: the custom status once the second step is done, Completed after the last.
/// </summary>
public static class BenchBaseline
{
    public const string Orchestrator = "BenchBaseline";
    public const string Step = "BenchBaselineStep";
    public const string EventName = "Go";

    /// <summary>The custom status once the second step is done; the Instances table holds it as JSON.</summary>
    public const string SecondStepDone = "second-step-done";

    public static string InstanceId(string id) => "bench-" + id;

    public static async Task<int> RunAsync(TaskOrchestrationContext context)
    {
        await context.CallActivityAsync<int>(Step, 1);
        await context.CallActivityAsync<int>(Step, 2);
        context.SetCustomStatus(SecondStepDone);
        await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
        await context.WaitForExternalEvent<bool>(EventName);
        return await context.CallActivityAsync<int>(Step, 3);
    }

    /// <summary>The activity: nothing but its input back.</summary>
    public static int RunStep(int step) => step;
}
