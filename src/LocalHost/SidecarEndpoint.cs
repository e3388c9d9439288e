namespace Aanmelding.LocalHost;

/// <summary>The loopback port of the durable sidecar, for mapping its gRPC service to that port only.</summary>
public sealed record SidecarEndpoint(int Port);
