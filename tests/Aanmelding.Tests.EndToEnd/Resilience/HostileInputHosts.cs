using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>One <see cref="HostileInputHost"/> per host kind for the hostile-input tests.</summary>
public sealed class HostileInputHosts() : PerHostKind<HostileInputHost>(HostileInputHost.StartAsync);
