using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aanmelding.Tests.Support;

/// <summary>
/// LocalHost as a real process on a free port, against the test run's Azurite, with its own task hub, data
/// folder and call ids, so instances never see each other's work. Can be killed hard and started again on the
/// same storage and data.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    readonly ConcurrentQueue<string> output = new();
    readonly Dictionary<string, string> settings;
    Process? process;

    LocalHostProcess(Dictionary<string, string> settings, string dataFolder, int port)
    {
        this.settings = settings;
        DataFolder = dataFolder;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public int Port { get; }
    public string DataFolder { get; }
    public HttpClient Client { get; }
    public string OutboxPath => Path.Combine(DataFolder, "outbox");
    public string AdminKey => File.ReadAllText(Path.Combine(DataFolder, "admin-key")).Trim();
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>The running process's id (for looking at what it listens on).</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("LocalHost is not running.");

    /// <summary>
    /// Starts LocalHost with extra configuration (keys as environment variables, <c>__</c> for <c>:</c>), listening on
    /// <paramref name="listenAddress"/> (loopback unless a test needs every address); tests talk to it over loopback.
    /// </summary>
    public static async Task<LocalHostProcess> StartAsync(IDictionary<string, string>? configuration = null, string? taskHub = null, string listenAddress = "127.0.0.1")
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "aanmelding-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://{listenAddress}:{port}",
            ["AzureWebJobsStorage"] = TestStorage.ConnectionString,
            ["AANMELDING_DATA"] = data,
            ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = taskHub ?? ("t" + Guid.NewGuid().ToString("N")[..12]),
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:00.500",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "2",

            // Every test client is 127.0.0.1 and many share an address: the public limits stand aside unless a test sets them.
            ["RateLimits__IntakePerClientPerMinute"] = "100000",
            ["RateLimits__MailsPerAddressPerHour"] = "100000",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var host = new LocalHostProcess(settings, data, port);
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Sets (or with null removes) a setting for the next <see cref="StartAgainAsync"/>, as an operator changes configuration.</summary>
    public void Configure(string key, string? value)
    {
        if (value is null)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }
    }

    /// <summary>(Re)starts the process with the same settings, data folder and port, and waits until it answers.</summary>
    public async Task StartAgainAsync()
    {
        var info = new ProcessStartInfo("dotnet", [RepositoryPaths.LocalHostDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataFolder,
        };
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("LocalHost did not start.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"LocalHost exited with {process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"LocalHost did not become healthy in 60 s:{Environment.NewLine}{Output}");
    }

    /// <summary>Kills the process at once, as a crash or a pulled plug would.</summary>
    public void KillHard()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        Client.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow disk: the temp folder is cleaned by the OS.
        }
    }

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 2000 && output.TryDequeue(out _))
        {
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
