using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary><see cref="CrashRecoveryTests"/> with the Functions host and its worker killed hard.</summary>
[LongRunning(2)]
public sealed class CrashRecoveryOnFunctionsTests(CrashRecoveryOnFunctionsTests.Host host, ITestOutputHelper output)
    : CrashRecoveryTests(host, HostKind.Functions, output), IClassFixture<CrashRecoveryOnFunctionsTests.Host>
{
    public sealed class Host() : PerHostKind<OpenCallHost>(StartAsync, HostKind.Functions);
}
