using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Aanmelding.Bench;

/// <summary>
/// Starts the Release build of LocalHost as its own process on a free port, with a data folder, task hub and calls
/// given by the bench; its output goes to <c>localhost.log</c> in the data folder. Stopped with SIGTERM, as an
/// operator would, so it hands its partitions back before the next start.
/// </summary>
public sealed class LocalHostLauncher : IAsyncDisposable
{
    readonly Dictionary<string, string> settings;
    readonly StreamWriter log;
    Process? process;

    LocalHostLauncher(Dictionary<string, string> settings, string dataFolder, int port)
    {
        this.settings = settings;
        DataFolder = dataFolder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Directory.CreateDirectory(dataFolder);
        log = new StreamWriter(Path.Combine(dataFolder, "localhost.log"), append: true) { AutoFlush = true };
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public string OutboxPath => Path.Combine(DataFolder, "outbox");
    public string AdminKey => File.ReadAllText(Path.Combine(DataFolder, "admin-key")).Trim();

    public static LocalHostLauncher Create(string dataFolder, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var all = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["AANMELDING_DATA"] = dataFolder,

            // The bench is one client sending thousands of applications: the limits meant for the public stand aside.
            ["RateLimits__IntakePerClientPerMinute"] = "1000000",
            ["RateLimits__MailsPerAddressPerHour"] = "1000000",
        };
        return new LocalHostLauncher(all, dataFolder, port);
    }

    /// <summary>Sets (or replaces) a setting for the next <see cref="StartAsync"/>.</summary>
    public void Set(string key, string value) => settings[key] = value;

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet", [RepositoryRoot.LocalHostDll])
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
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"LocalHost exited with {process.ExitCode}; see {Path.Combine(DataFolder, "localhost.log")}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("LocalHost did not become healthy in 90 s.");
    }

    public async Task StopAsync()
    {
        if (process is not { HasExited: false })
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await log.DisposeAsync();
    }

    void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
