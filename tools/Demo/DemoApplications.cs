namespace Aanmelding.Demo;

/// <summary>
/// Twelve made-up applications in the spirit of the 2018 call: eleven gemeenten, two wijken in Utrecht, a mix of
/// gemeenten and woningcorporaties. Contact addresses are example.org placeholders.
/// </summary>
internal static class DemoApplications
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static IReadOnlyList<DemoApplicant> Create() =>
    [
        new("gemeente", "Gemeente Utrecht", "Utrecht", "Overvecht-Noord", 4200, "aangewezen", ["armoede", "eenzaamheid"],
            Motivation("Overvecht-Noord is in 2030 aardgasvrij", "de flats van Mitros en Portaal", "een energiecoach per portiek"),
            "Anne de Vries", "overvecht@example.org", Approved, 5),
        new("woningcorporatie", "Mitros", "Utrecht", "Kanaleneiland", 3100, "in-voorbereiding", ["armoede", "schulden"],
            Motivation("Kanaleneiland-Zuid krijgt een warmtenet", "1.800 sociale huurwoningen", "huurders die meedenken over de aansluiting"),
            "Mohamed El Amrani", "kanaleneiland@example.org", Approved, 4),
        new("gemeente", "Gemeente Rotterdam", "Rotterdam", "Bospolder-Tussendijken", 6500, "aangewezen", ["werkloosheid", "armoede"],
            Motivation("Bospolder-Tussendijken is proeftuin aardgasvrije wijken", "de wijkcoöperatie en Havensteder", "werk voor wijkbewoners in de uitvoering"),
            "Sanne Visser", "bospolder@example.org", Approved, 5),
        new("gemeente", "Gemeente Groningen", "Groningen", "Paddepoel", 5200, "in-voorbereiding", ["eenzaamheid", "armoede"],
            Motivation("Paddepoel gaat samen met Selwerd van het gas af", "Nijestee en Lefier", "een wijkwerkplaats voor kleine ingrepen"),
            "Jan Bakker", "paddepoel@example.org", Approved, 4),
        new("woningcorporatie", "Ymere", "Amsterdam", "Van der Pekbuurt", 2300, "aangewezen", ["onveiligheid", "armoede"],
            Motivation("de Van der Pekbuurt in Noord wordt aangesloten op het warmtenet", "de gemeente en de huurdersvereniging", "de renovatie van 1.300 woningen"),
            "Lotte Jansen", "vanderpek@example.org", Approved, 3),
        new("gemeente", "Gemeente Arnhem", "Arnhem", "Presikhaaf", 7400, "in-voorbereiding", ["schulden", "werkloosheid"],
            Motivation("Presikhaaf-West is een van de eerste aardgasvrije buurten van Arnhem", "Vivare en Volkshuisvesting", "schuldhulp gekoppeld aan de energierekening"),
            "Pieter de Groot", "presikhaaf@example.org", Approved, 4),
        new("gemeente", "Gemeente Zwolle", "Zwolle", "Holtenbroek", 3900, "nee", ["eenzaamheid"],
            Motivation("Holtenbroek onderzoekt de warmtevoorziening", "SWZ en deltaWonen", "een buurtteam dat bij ouderen langsgaat"),
            "Eva Mulder", "holtenbroek@example.org", Rejected, null),
        new("gemeente", "Gemeente Tilburg", "Tilburg", "Quirijnstok", 2800, "aangewezen", ["armoede", "anders"],
            Motivation("Quirijnstok in Tilburg-Noord wordt wijk van de toekomst", "TBV Wonen en WonenBreburg", "bewoners die zelf de wijkaanpak trekken"),
            "Bram van Dijk", "quirijnstok@example.org", Approved, 3, "Vocht en schimmel in de portiekflats uit de jaren zestig"),
        new("gemeente", "Gemeente Eindhoven", "Eindhoven", "Woensel-West", 2100, "in-voorbereiding", ["onveiligheid", "werkloosheid"],
            Motivation("Woensel-West combineert de energietransitie met sociale stijging", "Trudo en de Stichting Woensel-West", "studenten die in ruil voor een lagere huur helpen"),
            "Fatima Yilmaz", "woensel-west@example.org", Approved, 2),
        new("woningcorporatie", "Domijn", "Enschede", "Pathmos", 1700, "aangewezen", ["armoede", "eenzaamheid"],
            Motivation("Pathmos is een rijksmonument dat aardgasvrij wordt", "de gemeente Enschede en de bewonerscommissie", "een bewonersloket in de wijk"),
            "Koen Smit", "pathmos@example.org", Approved, 3),
        new("gemeente", "Gemeente Heerlen", "Heerlen", "Heerlerheide", 4600, "in-voorbereiding", ["schulden", "armoede"],
            Motivation("Heerlerheide gebruikt mijnwater voor de warmte", "Weller en het Mijnwaterbedrijf", "een aanpak van energiearmoede per straat"),
            "Linda Hendriks", "heerlerheide@example.org", Approved, 4),
        new("gemeente", "Gemeente Leeuwarden", "Leeuwarden", "Heechterp-Schieringen", 1900, "nee", ["werkloosheid", "eenzaamheid"],
            Motivation("Heechterp-Schieringen wil van het gas af met de bewoners", "Elkien en WoonFriesland", "een wijkbedrijf dat werk maakt van isolatie"),
            "Sjoerd Dijkstra", "heechterp@example.org", Rejected, null),
    ];

    static string Motivation(string plan, string partners, string idea) =>
        $"{plan}. Veel bewoners hebben weinig te besteden en maken zich zorgen over de kosten. Samen met {partners} " +
        $"willen wij laten zien dat verduurzaming ook de leefbaarheid verbetert, met {idea}. Wij delen graag wat werkt.";
}
