using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Tests.Functions;

/// <summary>The built Functions app, as the Functions host will index it, against the one table of DESIGN §5 and §6.</summary>
public sealed class FunctionsMetadataTests
{
    readonly IReadOnlyList<FunctionShape> functions = FunctionsMetadata.Load();

    [Fact]
    public void Every_function_has_the_name_trigger_methods_route_and_auth_level_of_the_table_and_there_is_no_other()
    {
        var expected = ExpectedFunctions.All.Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();
        var actual = functions.Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"Not in functions.metadata as the table says:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", missing)}{Environment.NewLine}" +
            $"In functions.metadata but not in the table:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", extra)}");
        Assert.Equal(expected.Count, functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Functions_exposes_exactly_the_orchestrators_and_activities_that_Core_registers()
    {
        var orchestrators = Names("orchestrationTrigger");
        var activities = Names("activityTrigger");

        Assert.Equal(WorkflowCatalog.OrchestratorNames.Order(StringComparer.Ordinal), orchestrators);
        Assert.Equal(WorkflowCatalog.ActivityNames.Order(StringComparer.Ordinal), activities);
    }

    [Fact]
    public void Only_the_admin_routes_need_a_function_key()
    {
        var keyed = functions.Where(f => f.AuthLevel == "Function").Select(f => f.Route).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { Routes.AdminApplications, Routes.AdminFinalize, Routes.AdminOutcome, Routes.AdminErase, Routes.AdminCounts }.Order(StringComparer.Ordinal), keyed);
        Assert.All(functions.Where(f => f.Trigger == "httpTrigger" && f.AuthLevel != "Function"), f => Assert.Equal("Anonymous", f.AuthLevel));
    }

    /// <summary>
    /// LocalHost maps its routes from the <see cref="Routes"/> constants; a constant that no Functions trigger uses is
    /// a route one host has and the other has not. (The other direction, every Functions route answering in
    /// LocalHost, is <see cref="HostRouteParityTests"/>.)
    /// </summary>
    [Fact]
    public void Every_route_constant_is_served_by_a_Functions_http_trigger()
    {
        var routes = functions.Where(f => f.Trigger == "httpTrigger").Select(f => f.Route).ToHashSet(StringComparer.Ordinal);
        var constants = typeof(Routes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, Route: (string)f.GetRawConstantValue()!))
            .ToList();

        Assert.NotEmpty(constants);
        Assert.All(constants, c => Assert.True(
            routes.Contains(c.Route == Routes.Root ? ExpectedFunctions.RootRoute : c.Route),
            $"Routes.{c.Name} (\"/{c.Route}\") has no Functions HTTP trigger."));
    }

    /// <summary>
    /// The Functions host tries HTTP routes in the order of the functions' names (case-insensitive) and takes the first
    /// that matches: the catch-all must come last, or it answers in place of a real route.
    /// </summary>
    [Fact]
    public void The_catch_all_route_comes_after_every_other_http_route_in_the_hosts_order()
    {
        var order = functions.Where(f => f.Trigger == "httpTrigger").Select(f => f.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();

        Assert.Equal(ExpectedFunctions.UnmatchedRoute.Name, order[^1]);
        Assert.Equal(ExpectedFunctions.UnmatchedRoute.Route, functions.Single(f => f.Name == order[^1]).Route);
    }

    /// <summary>
    /// A setting a trigger names between percent signs must be there when the host indexes the app, or the timer never
    /// runs: Azure gets it from infra/main.bicep, <c>func start</c> from local.settings.json, both the app's default.
    /// </summary>
    [Fact]
    public void The_timer_schedule_setting_is_set_wherever_the_host_runs_with_the_apps_default()
    {
        var setting = WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal);
        Assert.Equal($"%{WorkflowSweepSchedule.SettingName}%", functions.Single(f => f.Trigger == "timerTrigger").Schedule);

        var bicep = File.ReadAllText(Path.Combine(Launcher.Repository.Root, "infra", "main.bicep"));
        Assert.Matches($@"(?m)^\s*{setting}: '{Regex.Escape(WorkflowSweepSchedule.Default)}'\s*$", bicep);

        using var local = JsonDocument.Parse(File.ReadAllText(Path.Combine(Launcher.Repository.Root, "src", "Functions", "local.settings.json")));
        Assert.Equal(WorkflowSweepSchedule.Default, local.RootElement.GetProperty("Values").GetProperty(setting).GetString());
    }

    List<string> Names(string trigger) =>
        functions.Where(f => f.Trigger == trigger).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
}
