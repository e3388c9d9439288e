using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Office;

[CollectionDefinition(Name)]
public sealed class OfficeHostGroup() : PerHostKind<OfficeHost>(OfficeHost.StartAsync), ICollectionFixture<OfficeHostGroup>
{
    public const string Name = "Office host";
}
