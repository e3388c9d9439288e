namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// One year's names by <see cref="MunicipalityNameKey"/>: every official name and alias, and each of them also without
/// its bracketed qualifier, so "Laren (NH.)" finds Laren and "Bergen" finds both Bergen (L.) and Bergen (NH.).
/// </summary>
internal sealed class MunicipalityNameIndex
{
    readonly Dictionary<string, List<Municipality>> byKey = new(StringComparer.Ordinal);
    readonly IComparer<Municipality> order;

    public MunicipalityNameIndex(IEnumerable<(Municipality Municipality, string Name)> names, IComparer<Municipality> order)
    {
        this.order = order;
        foreach (var (municipality, name) in names)
        {
            Add(MunicipalityNameKey.For(name), municipality);
            Add(MunicipalityNameKey.For(MunicipalityNameKey.WithoutQualifier(name)), municipality);
        }

        foreach (var list in byKey.Values)
        {
            list.Sort(order);
        }
    }

    public IReadOnlyList<Municipality> Find(string key) => byKey.TryGetValue(key, out var found) ? found : [];

    /// <summary>
    /// The municipalities whose names are nearest to <paramref name="key"/> without being it: one typo in a short name,
    /// two from six letters on, three from eleven; nothing for three letters or fewer. Ordered by name; at most
    /// <paramref name="most"/>.
    /// </summary>
    public IReadOnlyList<Municipality> Closest(string key, int most)
    {
        var allowed = key.Length switch
        {
            <= 3 => 0,
            <= 5 => 1,
            <= 10 => 2,
            _ => 3,
        };

        var best = allowed + 1;
        var nearest = new HashSet<Municipality>();
        foreach (var (name, municipalities) in byKey)
        {
            var distance = EditDistance.Between(key, name, Math.Min(allowed, best));
            if (distance == 0 || distance > allowed || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                nearest.Clear();
            }

            nearest.UnionWith(municipalities);
        }

        return nearest.Order(order).Take(most).ToList();
    }

    void Add(string key, Municipality municipality)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!byKey.TryGetValue(key, out var list))
        {
            list = [];
            byKey[key] = list;
        }

        if (!list.Contains(municipality))
        {
            list.Add(municipality);
        }
    }
}
