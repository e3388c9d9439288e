using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>The review tests of an open call share one <see cref="ReviewHost"/> per host kind (starting one per test would cost more than the tests).</summary>
[CollectionDefinition(Name)]
public sealed class ReviewHostGroup() : PerHostKind<ReviewHost>(ReviewHost.StartAsync), ICollectionFixture<ReviewHostGroup>
{
    public const string Name = "Review host";
}
