using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>The intake test classes share one <see cref="IntakeHost"/> per host kind (starting one per class would cost more than their tests).</summary>
[CollectionDefinition(Collection)]
public sealed class IntakeHosts() : PerHostKind<IntakeHost>(IntakeHost.StartAsync), ICollectionFixture<IntakeHosts>
{
    public const string Collection = "Intake hosts";
}
