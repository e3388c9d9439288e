using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary><see cref="CrashRecoveryTests"/> with LocalHost killed hard.</summary>
[LongRunning(10)]
public sealed class CrashRecoveryOnLocalHostTests(CrashRecoveryOnLocalHostTests.Host host, ITestOutputHelper output)
    : CrashRecoveryTests(host, HostKind.LocalHost, output), IClassFixture<CrashRecoveryOnLocalHostTests.Host>
{
    public sealed class Host() : PerHostKind<OpenCallHost>(StartAsync, HostKind.LocalHost);
}
