using System.Diagnostics;

namespace Aanmelding.Launcher;

/// <summary>
/// An Azurite of its own (the repository's <c>node_modules</c>) on free ports, its data on disk (<c>--location</c>) so
/// that it can be stopped and started again with everything still there, or in memory.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    /// <summary>The well-known development account key of the Azure Storage emulators; public, and never used in Azure.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    readonly int[] ports = [LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()];
    readonly bool ownsLocation;
    ChildProcess? process;

    Azurite(string? location, bool ownsLocation)
    {
        Location = location;
        this.ownsLocation = ownsLocation;
    }

    /// <summary>The data folder, or null when the data lives in memory only.</summary>
    public string? Location { get; }

    public string ConnectionString => ConnectionStringFor(ports[0], ports[1], ports[2]);

    /// <summary>The connection string of an Azurite on 127.0.0.1 with these blob, queue and table ports.</summary>
    public static string ConnectionStringFor(int blob, int queue, int table) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    /// <summary>Starts an Azurite that keeps its data in a new folder of its own on disk (deleted on dispose).</summary>
    public static async Task<Azurite> StartOnDiskAsync()
    {
        var location = Path.Combine(Path.GetTempPath(), "aanmelding-azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        var azurite = new Azurite(location, ownsLocation: true);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts an Azurite that keeps its data in memory.</summary>
    public static async Task<Azurite> StartInMemoryAsync()
    {
        var azurite = new Azurite(null, ownsLocation: false);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts Azurite on the same ports and data and waits until all three services listen.</summary>
    public async Task StartAgainAsync()
    {
        if (!File.Exists(Repository.AzuriteExecutable))
        {
            throw new InvalidOperationException($"{Repository.AzuriteExecutable} ontbreekt: draai npm ci in {Repository.Root}.");
        }

        var info = new ProcessStartInfo(Repository.AzuriteExecutable);
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
        })
        {
            info.ArgumentList.Add(argument);
        }

        if (Location is null)
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(Location);
        }

        process = ChildProcess.Start(info, logPath: null);

        // Node starts slowly on a busy machine: give it time.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!ports.All(LoopbackPort.Listening))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("Azurite luistert niet.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Stops Azurite the way an operator or a restarting container does (SIGTERM), so it saves its data.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        await process.TerminateAsync(TimeSpan.FromSeconds(20));
        process.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync()
    {
        process?.Dispose();
        process = null;
        if (ownsLocation && Location is not null)
        {
            try
            {
                Directory.Delete(Location, recursive: true);
            }
            catch (IOException)
            {
                // Left to the system's temp cleaning.
            }
        }

        return ValueTask.CompletedTask;
    }
}
