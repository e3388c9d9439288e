using System.Runtime.InteropServices;
using Aanmelding.Launcher;

// ./aanmelding run --functions: the Functions app under the real Azure Functions host on the storage ./aanmelding run
// uses, with the same data folder (keys, outbox); Ctrl+C stops it.
if (args is not ["functions", ..])
{
    await Console.Error.WriteLineAsync("Gebruik: Aanmelding.Launcher functions [--port POORT] [--data MAP]");
    return 2;
}

var port = 7071;
var data = Environment.GetEnvironmentVariable("AANMELDING_DATA") is { Length: > 0 } d ? d : Path.Combine(Repository.Root, ".local");
for (var i = 1; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port" when int.TryParse(args[i + 1], out var p):
            port = p;
            break;
        case "--data":
            data = args[i + 1];
            break;
        default:
            await Console.Error.WriteLineAsync($"Onbekende optie {args[i]}.");
            return 2;
    }
}

if (FunctionsHostCommand.Find(out var missing) is not { } command)
{
    await Console.Error.WriteLineAsync(missing);
    return 1;
}

// App settings given in the environment (Section__Key, e.g. a moved deadline or an own signing key) win over the launcher's.
var settings = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .Select(e => ((string)e.Key, (string?)e.Value ?? ""))
    .Where(e => e.Item1.Contains("__", StringComparison.Ordinal))
    .ToDictionary(e => e.Item1, e => e.Item2, StringComparer.Ordinal);
var options = new AppHostOptions
{
    Storage = Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } s ? s : "UseDevelopmentStorage=true",
    Settings = settings,
    DataFolder = data,
    Port = port,
    BaseUrl = $"http://localhost:{port}",
};
Console.WriteLine($"De Functions-host starten met {command.Description} (log: {Path.Combine(Path.GetFullPath(data), "functions.log")}) ...");
AppHost host;
try
{
    host = await AppHost.StartAsync(HostKind.Functions, options, HostReadiness.Answering);
}
catch (AppHostException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(e.Output);
    return 1;
}

await using (host)
{
    using var stopped = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stopped.Cancel();
    };
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, e =>
    {
        e.Cancel = true;
        stopped.Cancel();
    });

    var baseUrl = options.BaseUrl;
    Console.WriteLine(string.Join(Environment.NewLine,
        "",
        "Aanmelding draait in de Azure Functions-host.",
        $"  Formulier:  {baseUrl}/calls/kwetsbare-wijken-2018",
        $"  Gezondheid: {baseUrl}/api/health",
        $"  Beheer:     {baseUrl}/api/calls/kwetsbare-wijken-2018/applications",
        $"  Functiesleutel voor de beheerroutes (header x-functions-key): {host.AdminKey}",
        $"  E-mail:     {host.OutboxPath} (.eml; ./aanmelding run toont ze op /dev/outbox)",
        $"  Gegevens:   {host.DataFolder}",
        "Ctrl+C stopt de host.",
        ""));

    var exited = host.WaitForExitAsync(Timeout.InfiniteTimeSpan);
    await Task.WhenAny(exited, Task.Delay(Timeout.Infinite, stopped.Token).ContinueWith(_ => { }, TaskScheduler.Default));
    if (host.ExitCode is { } code)
    {
        await Console.Error.WriteLineAsync($"De Functions-host stopte met code {code}; zie {host.LogPath}.");
        return 1;
    }

    // ./aanmelding gives its children 10 s after SIGTERM before it kills them: stop the host well within that.
    Console.WriteLine("De Functions-host stoppen ...");
    await host.StopAsync(TimeSpan.FromSeconds(7));
}

return 0;
