using System.Diagnostics;
using System.Globalization;

namespace Aanmelding.Launcher;

/// <summary>
/// How this machine starts the real Azure Functions host on a build output: <c>func start</c> where Azure Functions Core
/// Tools is on PATH, else the functions-host build kit's <c>start</c> (DESIGN §2): <c>FUNCTIONS_HOST_KIT</c>, or
/// <c>shared/functions-host</c> beside the repository or beside a folder above it. <c>FUNCTIONS_HOST_DIR</c> names a
/// host the kit already built (<c>./aanmelding test</c> builds it once, before the tests).
/// </summary>
public sealed class FunctionsHostCommand
{
    /// <summary>Set by <c>./aanmelding test</c> when the kit is there but could not be built: the reason, shown by every skipped test.</summary>
    public const string UnavailableVariable = "FUNCTIONS_HOST_UNAVAILABLE";

    readonly string program;
    readonly bool coreTools;

    FunctionsHostCommand(string program, bool coreTools)
    {
        this.program = program;
        this.coreTools = coreTools;
    }

    /// <summary>What will run, for people and logs.</summary>
    public string Description => coreTools
        ? $"Azure Functions Core Tools ({program})"
        : $"de functions-host-kit ({program}{(Environment.GetEnvironmentVariable("FUNCTIONS_HOST_DIR") is { Length: > 0 } dir ? $", host {dir}" : "")})";

    /// <summary>The command on this machine, or null with the reason in <paramref name="missing"/>.</summary>
    public static FunctionsHostCommand? Find(out string missing)
    {
        missing = "";
        if (Environment.GetEnvironmentVariable(UnavailableVariable) is { Length: > 0 } reason)
        {
            missing = reason;
            return null;
        }

        if (OnPath("func") is { } func)
        {
            return new FunctionsHostCommand(func, coreTools: true);
        }

        if (Kit() is { } kit)
        {
            return new FunctionsHostCommand(Path.Combine(kit, "start"), coreTools: false);
        }

        missing = "Geen Azure Functions-host op deze machine: func (Azure Functions Core Tools) staat niet op PATH en de " +
            "functions-host-kit is niet gevonden (FUNCTIONS_HOST_KIT, of shared/functions-host naast de repository of een map erboven).";
        return null;
    }

    /// <summary>The kit's folder (the one with <c>build</c> and <c>start</c>), or null.</summary>
    public static string? Kit()
    {
        if (Environment.GetEnvironmentVariable("FUNCTIONS_HOST_KIT") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "start")) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(Repository.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "functions-host");
            if (File.Exists(Path.Combine(candidate, "start")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The process that runs the host on <paramref name="appDirectory"/> at 127.0.0.1:<paramref name="port"/>, its keys
    /// read from files (<c>AzureWebJobsSecretStorageType=files</c>, set by the caller) and enforced as in Azure.
    /// </summary>
    internal ProcessStartInfo StartInfo(string appDirectory, int port)
    {
        var info = new ProcessStartInfo(program);
        if (coreTools)
        {
            // In its build output func runs the app as it is (no project to build); --enableAuth checks keys as Azure does.
            info.WorkingDirectory = appDirectory;
            foreach (var argument in new[] { "start", "--port", port.ToString(CultureInfo.InvariantCulture), "--enableAuth" })
            {
                info.ArgumentList.Add(argument);
            }
        }
        else
        {
            info.ArgumentList.Add(appDirectory);
            info.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);

            // Settings come from the caller alone, not from the app's local.settings.json.
            info.Environment["FUNCTIONS_HOST_LOCAL_SETTINGS"] = "0";
        }

        info.Environment.Remove("ASPNETCORE_URLS");
        return info;
    }

    static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
