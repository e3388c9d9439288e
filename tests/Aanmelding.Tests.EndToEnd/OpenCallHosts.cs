using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>One <see cref="OpenCallHost"/> per host kind for a test class.</summary>
public sealed class OpenCallHosts() : PerHostKind<OpenCallHost>(OpenCallHost.StartAsync);
