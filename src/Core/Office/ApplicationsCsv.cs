using System.Globalization;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Export;

namespace Aanmelding.Core.Office;

/// <summary>Every application of a call with all its answers, contact details, reviews and outcome, as CSV (<see cref="CsvFile"/>).</summary>
public static class ApplicationsCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Kenmerk", "Ontvangen op", "Status", "Soort organisatie", "Organisatie", "Gemeente", "Wijk", "Aantal woningen", "Aardgasvrij",
        "Opgaven in de wijk", "Motivatie", "Samenwerkingspartners", "Contactpersoon", "E-mailadres", "Telefoonnummer",
        "Beoordelingen", "Signalen", "Rang", "Toelichting uitkomst",
    ];

    public static byte[] Write(CallDefinition call, IEnumerable<DashboardRow> rows) =>
        CsvFile.Write(Header, rows.Select(row =>
        {
            var app = row.Application;
            var form = app.Form;
            return (IReadOnlyList<string?>)
            [
                CsvFile.Text(app.Id),
                CsvFile.Text(TimeZoneInfo.ConvertTime(app.SubmittedAt, call.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                CsvFile.Text(ApplicationStatusLabels.For(app.Status)),
                CsvFile.Text(ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, form.ApplicantType ?? "")),
                CsvFile.Text(form.Organisation),
                CsvFile.Text(form.Municipality),
                CsvFile.Text(form.Neighbourhood),
                CsvFile.Number(form.Homes),
                CsvFile.Text(ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, form.GasFreeStatus ?? "")),
                CsvFile.Text(string.Join(", ", (form.Challenges ?? []).Select(c => ApplicationChoices.Label(ApplicationChoices.Challenges, c)))),
                CsvFile.Text(form.Motivation),
                CsvFile.Text(form.Partners),
                CsvFile.Text(form.Contact?.Name),
                CsvFile.Text(form.Contact?.Email),
                CsvFile.Text(form.Contact?.Phone),
                CsvFile.Text(string.Join(" | ", row.Standing.Reviews.Select(r =>
                    $"{r.Coordinator}: {ApplicationStatusLabels.For(r.Decision)}{(r.Score is { } s ? $", score {s}" : "")}{(r.Note is { Length: > 0 } n ? $" ({n})" : "")}"))),
                CsvFile.Text(string.Join(", ", DashboardPage.Flags(row))),
                CsvFile.Number(app.Rank),
                CsvFile.Text(app.OutcomeReason),
            ];
        }));
}
