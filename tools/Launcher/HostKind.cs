namespace Aanmelding.Launcher;

/// <summary>The two hosts of the one core (DESIGN §2).</summary>
public enum HostKind
{
    /// <summary><c>src/LocalHost</c>: Kestrel, the Durable Task worker and an in-process sidecar over Azure Storage.</summary>
    LocalHost,

    /// <summary><c>src/Functions</c> under the real Azure Functions host: the production host.</summary>
    Functions,
}
