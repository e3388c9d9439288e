namespace Aanmelding.Bench;

/// <summary>What one load run measured: wall time, per-request latencies (ms) and how many got which status.</summary>
public sealed record LoadResult(TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<int, int> Statuses, int SuccessStatus)
{
    public int Succeeded => Statuses.GetValueOrDefault(SuccessStatus);

    public int Failed => LatenciesMs.Length - Succeeded;

    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    /// <summary>Nearest-rank percentile.</summary>
    double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string StatusSummary => string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Value}× {s.Key}"));
}
