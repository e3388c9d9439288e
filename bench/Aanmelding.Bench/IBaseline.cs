namespace Aanmelding.Bench;

/// <summary>
/// A running engine baseline (<see cref="BaselineHost"/> or <see cref="BaselineFunctionsApp"/>): starts instances of
/// <see cref="Floor.BenchBaseline"/> and raises their event; their progress is read from <see cref="TaskHub"/>'s Instances table.
/// </summary>
public interface IBaseline : IAsyncDisposable
{
    /// <summary>Where it runs, for the report.</summary>
    string Where { get; }

    string TaskHub { get; }

    Task StartAsync(IReadOnlyList<string> instanceIds, int concurrency);

    Task RaiseAsync(IReadOnlyList<string> instanceIds, int concurrency);
}
