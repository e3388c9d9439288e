using System.Reflection;
using Xunit.Sdk;

namespace Aanmelding.Tests.Support;

/// <summary>
/// Runs a theory once on LocalHost and once under the Functions host, from the same test code: the host kind comes
/// first, then the given values (as <c>InlineData</c> would pass them).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class OnBothHostsAttribute(params object?[]? data) : DataAttribute
{
    // A lone null argument arrives as a null array: it stands for one null value.
    readonly object?[] values = data ?? [null];

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => TestHosts.Both.Select(kind => (object[])[kind, .. values!]);
}
