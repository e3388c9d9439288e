namespace Aanmelding.Tests.Support;

/// <summary>The Azurite that <c>./aanmelding test</c> started for this run (real storage, in memory).</summary>
public static class TestStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AANMELDING_TEST_STORAGE") is { Length: > 0 } value
            ? value
            : "UseDevelopmentStorage=true";
}
