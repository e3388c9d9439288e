namespace Aanmelding.Core.Calls;

/// <summary>Lists as Dutch writes them: "A", "A en B", "A, B en C".</summary>
public static class DutchList
{
    public static string Join(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}",
        };
    }
}
