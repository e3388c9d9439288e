namespace Aanmelding.Core.Email;

/// <summary>Dutch words for the coded values of an application, and small Dutch text helpers.</summary>
internal static class EmailLabels
{
    public static string ApplicantType(string? value) => value switch
    {
        "gemeente" => "Gemeente",
        "woningcorporatie" => "Woningcorporatie",
        _ => value ?? string.Empty,
    };

    public static string GasFreeStatus(string? value) => value switch
    {
        "aangewezen" => "Aangewezen als aardgasvrije wijk",
        "in-voorbereiding" => "Aanwijzing in voorbereiding",
        "nee" => "Nog niet aangewezen",
        _ => value ?? string.Empty,
    };

    public static string Challenges(IReadOnlyList<string>? values) =>
        values is null or { Count: 0 } ? string.Empty : JoinAnd(values);

    /// <summary>"A", "A en B", "A, B en C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}",
    };

    public static string Organisers(IReadOnlyList<string> organisers) => JoinAnd(organisers);

    /// <summary>"1 aanmelding", "3 aanmeldingen".</summary>
    public static string Applications(int count) => count == 1 ? "1 aanmelding" : $"{count} aanmeldingen";
}
