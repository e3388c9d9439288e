using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aanmelding.Demo;

/// <summary>
/// LocalHost as a child process on a free port, configured through environment variables as <c>./aanmelding run</c>
/// does, plus the demo call. Its console output is kept (not shown) so a failure can show the last lines.
/// </summary>
internal sealed class DemoHost : IAsyncDisposable
{
    readonly ConcurrentQueue<string> output = new();
    readonly Process process;

    DemoHost(Process process, Uri baseAddress, string dataFolder)
    {
        this.process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public HttpClient Client { get; }
    public string OutboxPath => Path.Combine(DataFolder, "outbox");
    public string AdminKey => File.ReadAllText(Path.Combine(DataFolder, "admin-key")).Trim();

    public string Tail(int lines) => string.Join(Environment.NewLine, output.TakeLast(lines));

    public static async Task<DemoHost> StartAsync(string localHostDll, string storage, string dataFolder, IDictionary<string, string> configuration, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [localHostDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["AzureWebJobsStorage"] = storage;
        info.Environment["AANMELDING_DATA"] = dataFolder;
        info.Environment["AzureFunctionsJobHost__extensions__durableTask__hubName"] = "Demo" + DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);

        // Timers and events within a second, as in the tests; the Azure Storage default polls every 30 s at worst.
        info.Environment["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:00.500";
        info.Environment["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "2";
        foreach (var (key, value) in configuration)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("LocalHost kon niet worden gestart.");
        var host = new DemoHost(process, new Uri($"http://127.0.0.1:{port}"), dataFolder);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new DemoException($"LocalHost stopte meteen (code {process.ExitCode}).", host.Tail(30));
            }

            try
            {
                using var response = await host.Client.GetAsync("/api/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new DemoException("LocalHost werd niet binnen 90 seconden gezond.", host.Tail(30));
    }

    /// <summary>Stops LocalHost; safe to call more than once and from a signal handler.</summary>
    public void Stop()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        process.Dispose();
        Client.Dispose();
        return ValueTask.CompletedTask;
    }

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 500 && output.TryDequeue(out _))
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
