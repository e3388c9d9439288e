using Aanmelding.Launcher;

namespace Aanmelding.Bench;

/// <summary>Command line: <c>-n</c> submissions, <c>-c</c> concurrency, <c>--functions</c>, <c>--set KEY=VALUE</c> app settings.</summary>
public sealed record BenchOptions
{
    public int Submissions { get; init; } = 2000;
    public int Concurrency { get; init; } = 32;
    public string Storage { get; init; } = "";

    /// <summary>The host under test: LocalHost, or the Functions app under the real Functions host (against a floor under that host too).</summary>
    public HostKind Host { get; init; } = HostKind.LocalHost;

    /// <summary>No engine baseline (it takes longer than everything else at full size): for a full-size deadline run.</summary>
    public bool NoBaseline { get; init; }

    /// <summary>Only the intake phase (floor and ours): minutes quicker, for trying a change to the submission path.</summary>
    public bool IntakeOnly { get; init; }

    /// <summary>Extra environment for LocalHost, e.g. <c>AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount=2</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public static BenchOptions? Parse(string[] args, out string? error)
    {
        error = null;
        var options = new BenchOptions { Storage = Environment.GetEnvironmentVariable("AANMELDING_BENCH_STORAGE") ?? "" };
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "-n" or "--submissions" when int.TryParse(value, out var n) && n > 0:
                    options = options with { Submissions = n };
                    i++;
                    break;
                case "-c" or "--concurrency" when int.TryParse(value, out var c) && c > 0:
                    options = options with { Concurrency = c };
                    i++;
                    break;
                case "--quick":
                    options = options with { Submissions = 200, Concurrency = 16 };
                    break;
                case "--functions":
                    options = options with { Host = HostKind.Functions };
                    break;
                case "--no-baseline":
                    options = options with { NoBaseline = true };
                    break;
                case "--intake-only":
                    options = options with { IntakeOnly = true };
                    break;
                case "--set" when value?.IndexOf('=', StringComparison.Ordinal) is > 0 and var at:
                    settings[value[..at]] = value[(at + 1)..];
                    i++;
                    break;
                case "--storage" when value is not null:
                    options = options with { Storage = value };
                    i++;
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[i]}'.";
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(options.Storage))
        {
            error = "No storage: set AANMELDING_BENCH_STORAGE (./aanmelding bench does) or pass --storage.";
            return null;
        }

        return options with { Settings = settings };
    }

    public const string Usage = """
        Usage: ./aanmelding bench [-n SUBMISSIONS] [-c CONCURRENCY] [--quick] [--functions] [--intake-only | --no-baseline] [--set KEY=VALUE ...]
          -n, --submissions  applications per phase (default 2000)
          -c, --concurrency  requests in flight (default 32)
          --quick            -n 200 -c 16
          --functions        the Functions app under the real Functions host, against a floor under that host
          --intake-only      only the intake phase (floor and ours), not the workflows
          --no-baseline      everything but the engine's baseline (for a full-size run of the deadline)
          --set KEY=VALUE    extra app setting (environment variable), e.g.
                             AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount=2
        """;
}
