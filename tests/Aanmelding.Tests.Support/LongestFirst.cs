using System.Reflection;
using Xunit;
using Xunit.Abstractions;

namespace Aanmelding.Tests.Support;

/// <summary>
/// Orders test collections so that the classes marked <see cref="LongRunningAttribute"/> start first (by their order),
/// the rest after them as xunit would order them: with only a few collections running at once, the longest ones
/// should not be the last to start.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public const string TypeName = "Aanmelding.Tests.Support.LongestFirst";
    public const string AssemblyName = "Aanmelding.Tests.Support";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, index) => (collection, index))
            .OrderBy(c => Order(c.collection))
            .ThenBy(c => c.index)
            .Select(c => c.collection);

    /// <summary>The order of the long-running class a per-class collection holds; int.MaxValue for the rest.</summary>
    static int Order(ITestCollection collection)
    {
        const string Prefix = "Test collection for ";
        if (collection.CollectionDefinition is not null || !collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return int.MaxValue;
        }

        var type = collection.TestAssembly.Assembly.GetType(collection.DisplayName[Prefix.Length..])?.ToRuntimeType();
        return type?.GetCustomAttribute<LongRunningAttribute>()?.Order ?? int.MaxValue;
    }
}
