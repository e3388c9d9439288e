using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Aanmelding.Core.Security;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Launcher;

/// <summary>
/// The app under one of its two hosts as a child process on 127.0.0.1: LocalHost, or the Functions app under the real
/// Azure Functions host (<see cref="FunctionsHostCommand"/>). Both get the same settings on the same storage: a task
/// hub (and Functions host id) of their own, an absolute outbox folder, a generated link signing key and an admin key
/// (<c>x-functions-key</c>; in Functions the host-level function key). It can be killed hard, the whole process tree
/// at once, and started again on the same port, storage, keys and data. Tests, the bench, the demo and
/// <c>./aanmelding run --functions</c> all start the app through this one type.
/// </summary>
public sealed class AppHost : IAsyncDisposable
{
    // Generous: the Functions host needs seconds on a quiet machine, minutes when three start at once on two cores.
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    readonly Dictionary<string, string> environment;
    readonly bool ownsDataFolder;
    readonly string functionsApp;
    ChildProcess? process;

    AppHost(HostKind kind, int port, string dataFolder, string? taskHub, Dictionary<string, string> environment, bool ownsDataFolder, string functionsApp)
    {
        this.functionsApp = functionsApp;
        Kind = kind;
        Port = port;
        DataFolder = dataFolder;
        TaskHub = taskHub;
        this.environment = environment;
        this.ownsDataFolder = ownsDataFolder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HostKind Kind { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }
    public string DataFolder { get; }

    /// <summary>The durable task hub, or null for host.json's.</summary>
    public string? TaskHub { get; }

    /// <summary>A client for this host that does not follow redirects.</summary>
    public HttpClient Client { get; }

    public string OutboxPath => Path.Combine(DataFolder, "outbox");

    /// <summary>The key for admin routes, sent as <c>x-functions-key</c>.</summary>
    public string AdminKey => ReadSecret("admin-key");

    /// <summary>The link signing key (<c>Links:SigningKey</c>) this host was given.</summary>
    public string SigningKey => environment.TryGetValue("Links__SigningKey", out var key) ? key : ReadSecret("signing-key");

    /// <summary>Everything the host wrote to its console, across restarts.</summary>
    public string LogPath => Path.Combine(DataFolder, Kind == HostKind.LocalHost ? "localhost.log" : "functions.log");

    public string Output => File.Exists(LogPath) ? ReadShared(LogPath) : "";

    /// <summary>The exit code once the process has ended by itself or was stopped; null while it runs.</summary>
    public int? ExitCode => process is { HasExited: true } p ? p.ExitCode : null;

    public string Name => Kind == HostKind.LocalHost ? "LocalHost" : "de Functions-host";

    /// <summary>Starts the app under <paramref name="kind"/> and waits until it is <paramref name="readiness"/>.</summary>
    public static async Task<AppHost> StartAsync(HostKind kind, AppHostOptions options, HostReadiness readiness = HostReadiness.Healthy, CancellationToken cancellationToken = default)
    {
        // A free port is free when asked, not when bound: another process may take it in between. Then a new one.
        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port ?? LoopbackPort.Free();
            var data = options.DataFolder ?? Path.Combine(Path.GetTempPath(), "aanmelding-hosts", Guid.NewGuid().ToString("N"));
            data = Path.GetFullPath(data);
            Directory.CreateDirectory(data);
            var host = new AppHost(kind, port, data, options.TaskHub, SettingsFor(kind, port, data, options), ownsDataFolder: options.DataFolder is null, options.FunctionsApp ?? Repository.FunctionsOutput);
            try
            {
                await host.StartAgainAsync(readiness, cancellationToken);
                return host;
            }
            catch (AppHostException) when (options.Port is null && attempt < 3 && host.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Sets (or with null removes) a setting for the next start.</summary>
    public void Set(string key, string? value)
    {
        if (value is null)
        {
            environment.Remove(key);
        }
        else
        {
            environment[key] = value;
        }
    }

    /// <summary>(Re)starts the process with the same settings, data and port, and waits until it is <paramref name="readiness"/>.</summary>
    public async Task StartAgainAsync(HostReadiness readiness = HostReadiness.Healthy, CancellationToken cancellationToken = default)
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} draait al.");
        }

        process?.Dispose();
        ProcessStartInfo info;
        if (Kind == HostKind.LocalHost)
        {
            info = new ProcessStartInfo("dotnet", [Repository.LocalHostDll]) { WorkingDirectory = DataFolder };
            Require(Repository.LocalHostDll, "src/LocalHost");
        }
        else
        {
            Require(Path.Combine(functionsApp, "functions.metadata"), Path.GetRelativePath(Repository.Root, functionsApp));
            var command = FunctionsHostCommand.Find(out var missing) ?? throw new InvalidOperationException(missing);
            info = command.StartInfo(functionsApp, Port);
            File.AppendAllText(LogPath, $"--- {DateTime.UtcNow:O} {command.Description}{Environment.NewLine}");
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        process = ChildProcess.Start(info, LogPath);
        await WaitUntilAsync(readiness, cancellationToken);
    }

    /// <summary>Waits until the process has ended by itself; false when it still runs after <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForExitAsync(TimeSpan timeout) => process?.WaitForExitAsync(timeout) ?? Task.FromResult(true);

    /// <summary>The ids of the running host's processes (the Functions host with its worker); empty when it is not running.</summary>
    public IReadOnlyList<int> ProcessTree() => process?.Tree() ?? [];

    /// <summary>Kills the host and every process it started (the Functions host's worker too) at once, as a crash or a pulled plug would.</summary>
    public void KillHard() => process?.Kill();

    /// <summary>
    /// Stops the host as an operator would (SIGTERM), so it hands its leases back; killed if it takes longer than
    /// <paramref name="patience"/> (30 s unless given).
    /// </summary>
    public async Task StopAsync(TimeSpan? patience = null)
    {
        if (process is not null)
        {
            await process.TerminateAsync(patience ?? TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>The last <paramref name="lines"/> lines of output.</summary>
    public string Tail(int lines) => string.Join(Environment.NewLine, Output.Split('\n').TakeLast(lines)).TrimEnd();

    public ValueTask DisposeAsync()
    {
        process?.Dispose();
        process = null;
        Client.Dispose();
        if (ownsDataFolder)
        {
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow disk: the temp folder is cleaned by the system.
            }
        }

        return ValueTask.CompletedTask;
    }

    static Dictionary<string, string> SettingsFor(HostKind kind, int port, string data, AppHostOptions options)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = options.Storage,
            ["Links__BaseUrl"] = options.BaseUrl ?? $"http://127.0.0.1:{port}",
            ["Links__SigningKey"] = GeneratedSecret.ReadOrCreate(Path.Combine(data, "signing-key"), out _),
            ["Email__OutboxPath"] = Path.Combine(data, "outbox"),
        };
        if (options.TaskHub is { } hub)
        {
            settings["AzureFunctionsJobHost__extensions__durableTask__hubName"] = hub;
        }

        var adminKey = GeneratedSecret.ReadOrCreate(Path.Combine(data, "admin-key"), out _);
        if (kind == HostKind.LocalHost)
        {
            settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            settings["AANMELDING_DATA"] = data;
            settings["Admin__ApiKey"] = adminKey;
        }
        else
        {
            // Hosts that share a storage account and a host id share leases, timers and queues: one id per task hub.
            if (options.TaskHub is { } taskHub)
            {
                settings["AzureFunctionsWebHost__hostid"] = new string(taskHub.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(32).ToArray());
            }

            var state = Path.Combine(data, "functions-host");
            settings["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";

            // The timer's schedule is a setting the host resolves, which it must find (LocalHost falls back on its own).
            settings[WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal)] = WorkflowSweepSchedule.Default;
            settings["AzureWebJobsSecretStorageType"] = "files";
            settings["FUNCTIONS_SECRETS_PATH"] = Path.Combine(state, "secrets");
            settings["FUNCTIONS_LOG_PATH"] = Path.Combine(state, "logs");
            settings["FUNCTIONS_TEST_DATA_PATH"] = Path.Combine(state, "testdata");
            WriteFunctionKeys(Path.Combine(state, "secrets"), adminKey, GeneratedSecret.ReadOrCreate(Path.Combine(state, "master-key"), out _));
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The host's own key file: the admin key is the host-level function key every Function-level route accepts.</summary>
    static void WriteFunctionKeys(string folder, string functionKey, string masterKey)
    {
        Directory.CreateDirectory(folder);
        var keys = new
        {
            masterKey = new { name = "master", value = masterKey, encrypted = false },
            functionKeys = new[] { new { name = "default", value = functionKey, encrypted = false } },
            systemKeys = Array.Empty<object>(),
        };
        var path = Path.Combine(folder, "host.json");
        File.WriteAllText(path, JsonSerializer.Serialize(keys));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    async Task WaitUntilAsync(HostReadiness readiness, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process!.HasExited)
            {
                throw new AppHostException($"{Name} stopte met code {process.ExitCode}.", Tail(40));
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK
                    || (readiness == HostReadiness.Answering && response.Content.Headers.ContentType?.MediaType == "application/json"))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new AppHostException($"{Name} werd niet binnen {StartTimeout.TotalSeconds:0} seconden gezond.", Tail(40));
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    string ReadSecret(string name) => File.ReadAllText(Path.Combine(DataFolder, name)).Trim();

    static void Require(string path, string project)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} ontbreekt: bouw eerst {project} (dotnet build -c {Repository.Configuration}).");
        }
    }

    static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
