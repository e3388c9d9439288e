using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>
/// Azurite's table service, in memory, on a free loopback port, for the lifetime of a test class.
/// The account key below is the emulator's well-known public development key, not a secret.
/// </summary>
public sealed class AzuriteTable : IAsyncLifetime
{
    const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    Process? process;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>node_modules/.bin/azurite-table under the nearest folder holding Aanmelding.sln, if installed.</summary>
    public static string? FindExecutable()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Aanmelding.sln")))
            {
                var executable = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite-table");
                return File.Exists(executable) ? executable : null;
            }
        }

        return null;
    }

    public async Task InitializeAsync()
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException("Azurite is not installed.");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("successfully", StringComparison.OrdinalIgnoreCase) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }
}
