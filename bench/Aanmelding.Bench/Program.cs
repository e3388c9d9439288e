using System.Diagnostics;
using System.Runtime.InteropServices;
using Aanmelding.Bench;

var options = BenchOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var report = await new BenchRun(options).RunAsync();
Console.WriteLine();
Console.WriteLine(report.Table(Machine()));
Console.WriteLine(report.Summary());
return 0;

static string Machine()
{
    var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
    var sdk = "";
    try
    {
        using var dotnet = Process.Start(new ProcessStartInfo("dotnet", ["--version"]) { RedirectStandardOutput = true })!;
        sdk = dotnet.StandardOutput.ReadToEnd().Trim();
        dotnet.WaitForExit();
    }
    catch (System.ComponentModel.Win32Exception)
    {
        sdk = "?";
    }

    return FormattableString.Invariant(
        $"machine: {Environment.ProcessorCount} cores, {memory:0} GiB, {RuntimeInformation.OSDescription}, .NET SDK {sdk} ({RuntimeInformation.FrameworkDescription})");
}
