namespace Aanmelding.Bench;

/// <summary>A running floor (<see cref="FloorEndpoint"/> or <see cref="FloorFunctionsApp"/>): where to send its inserts.</summary>
public interface IFloor : IAsyncDisposable
{
    Uri BaseAddress { get; }
}
