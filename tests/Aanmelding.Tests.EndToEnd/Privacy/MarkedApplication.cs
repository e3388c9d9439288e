using System.Globalization;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>An application whose every personal field holds a marker of its own, so a scan can tell where any of it stayed.</summary>
public sealed record MarkedApplication(string Marker, string Phone)
{
    public static MarkedApplication New()
    {
        var marker = "mrk" + Guid.NewGuid().ToString("N")[..10];
        // A phone number allows digits only: ten of its own, unlikely anywhere else.
        var phone = "06" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return new MarkedApplication(marker, phone);
    }

    public string Email => $"{Marker}mail@example.org";

    public string Note => $"Notitie {Marker}note";

    /// <summary>Every marker: in the organisation, wijk, motivation, partners, name, address, phone and a review note.</summary>
    public string[] Markers => [Marker, Phone];

    public TestApplication Application(string municipality) => new()
    {
        Municipality = municipality,
        Organisation = $"Gemeente {Marker}org",
        Neighbourhood = $"Wijk {Marker}nbh",
        Motivation = TestApplication.DefaultMotivation + $" {Marker}mot",
        Partners = $"Partners {Marker}par",
        ContactName = $"Naam {Marker}nam",
        ContactEmail = Email,
        ContactPhone = Phone,
    };
}
