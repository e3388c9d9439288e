using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Tests.Support;

/// <summary>Keeps every formatted log line, so tests can check that no address or content reaches a log.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
