using System.Collections.Concurrent;
using System.Diagnostics;

namespace Aanmelding.Bench;

/// <summary>Sends <c>count</c> requests with <c>concurrency</c> in flight and times each one.</summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        HttpClient client, int count, int concurrency, Func<int, HttpRequestMessage> build, int successStatus, string[]? bodies = null)
    {
        var latencies = new double[count];
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var request = build(i);
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    status = (int)response.StatusCode;
                    if (bodies is not null)
                    {
                        bodies[i] = body;
                    }
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }
                catch (TaskCanceledException)
                {
                    status = 0;
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        })).ToList();
        await Task.WhenAll(workers);
        return new LoadResult(clock.Elapsed, latencies, new Dictionary<int, int>(statuses), successStatus);
    }

    /// <summary>A client that keeps up to <paramref name="concurrency"/> connections open to one server.</summary>
    public static HttpClient Client(Uri baseAddress, int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
}
