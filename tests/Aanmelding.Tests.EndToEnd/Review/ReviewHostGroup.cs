namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>The review tests of an open call share one LocalHost (starting one per test would cost more than the tests).</summary>
[CollectionDefinition(Name)]
public sealed class ReviewHostGroup : ICollectionFixture<ReviewHostFixture>
{
    public const string Name = "Review host";
}
