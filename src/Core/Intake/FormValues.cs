using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Intake;

/// <summary>What was typed into the form, exactly as posted, so a form shown again keeps all of it.</summary>
public sealed class FormValues(IReadOnlyDictionary<string, StringValues> values)
{
    public static FormValues Empty { get; } = new(new Dictionary<string, StringValues>());

    public string this[string name] => values.TryGetValue(name, out var v) ? v.ToString() : "";

    public IReadOnlyList<string> All(string name) =>
        values.TryGetValue(name, out var v) ? v.Where(s => s is not null).Select(s => s!).ToList() : [];
}
