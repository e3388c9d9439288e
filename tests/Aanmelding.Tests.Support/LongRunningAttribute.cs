namespace Aanmelding.Tests.Support;

/// <summary>
/// A test class that takes minutes (mostly waiting: for a deadline, a redelivery, a restart). <see cref="LongestFirst"/>
/// starts these first, so that their waiting overlaps with the quick classes instead of ending the run.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute(int order) : Attribute
{
    /// <summary>Lower starts earlier.</summary>
    public int Order { get; } = order;
}
