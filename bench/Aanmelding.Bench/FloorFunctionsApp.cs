using Aanmelding.Launcher;

namespace Aanmelding.Bench;

/// <summary>The floor under the Functions host: <c>bench/Aanmelding.Bench.Floor</c> under the real host, on the same Azurite.</summary>
public sealed class FloorFunctionsApp(AppHost host) : IFloor
{
    public Uri BaseAddress => host.BaseAddress;

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
