using System.Text;
using Aanmelding.Demo;

// ./aanmelding demo: plays a whole call on LocalHost in a few minutes (see DemoRun).
Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop gracefully: the run's finally stops LocalHost.
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    await DemoRun.RunAsync(cancel.Token);
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.WriteLine();
    Console.WriteLine("Afgebroken. LocalHost is gestopt.");
    return 130;
}
catch (DemoException e)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"De demo is mislukt: {e.Message}");
    if (!string.IsNullOrWhiteSpace(e.HostOutput))
    {
        Console.Error.WriteLine("Laatste regels van LocalHost:");
        Console.Error.WriteLine(e.HostOutput);
    }

    return 1;
}
