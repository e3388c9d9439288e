using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Office;

/// <summary>The overview of a call's applications and the page of one application, for its coordinators.</summary>
public static class DashboardPage
{
    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string ExportPath(string callId) => LinkBuilder.OfficePath(callId) + "/export";

    public static HtmlPageResult Overview(CallDefinition call, OfficeSession session, OfficeServices services, DashboardView view)
    {
        var html = new StringBuilder();
        html.Append(HtmlPage.Heading("Overzicht van de aanmeldingen"))
            .Append(Facts(
                ("Aanmeldingen", Count(view.Total)),
                ("Nog door niemand beoordeeld", Count(view.Undecided)),
                ("Beoordelaars oneens", Count(view.Disagree))))
            .Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(ExportPath(call.Id), "Alle aanmeldingen downloaden (CSV, met alle antwoorden en contactgegevens)")).Append("</p>")
            .Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(SelectionPreviewPage.PathFor(call.Id), "De selectie bekijken (voorlopig of definitief)")).Append("</p>");

        html.Append(FilterForm(call, view));
        var shown = view.Rows.Count == 0
            ? "Geen aanmeldingen die aan het filter voldoen."
            : $"Aanmelding {Count((view.Filter.Page - 1) * DashboardFilter.PageSize + 1)} tot en met {Count((view.Filter.Page - 1) * DashboardFilter.PageSize + view.Rows.Count)} van {Count(view.Matching)}.";
        html.Append("<p class=\"utrecht-paragraph\" role=\"status\">").Append(Html.Encode(shown)).Append("</p>");

        if (view.Rows.Count > 0)
        {
            html.Append("<div class=\"aanmelding-scroll\" role=\"region\" aria-label=\"Aanmeldingen\" tabindex=\"0\">")
                .Append("<table class=\"utrecht-table utrecht-table--html-table\"><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">");
            foreach (var header in new[] { "Wijk", "Organisatie", "Gemeente", "Status", "Beoordelingen", "Signalen" })
            {
                html.Append("<th class=\"utrecht-table__header-cell\" scope=\"col\">").Append(header).Append("</th>");
            }

            html.Append("</tr></thead><tbody class=\"utrecht-table__body\">");
            foreach (var row in view.Rows)
            {
                var app = row.Application;
                html.Append("<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\">")
                    .Append(HtmlPage.Link(LinkBuilder.OfficeApplicationPath(call.Id, app.Id), $"{app.Form.Neighbourhood} ({app.Id})"))
                    .Append("</td>").Append(Cell(app.Form.Organisation)).Append(Cell(app.Form.Municipality)).Append(Cell(ApplicationStatusLabels.For(app.Status)))
                    .Append("<td class=\"utrecht-table__cell\">").Append(ReviewsInShort(row.Standing)).Append("</td>")
                    .Append(Cell(string.Join(", ", Flags(row)))).Append("</tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append(Paging(call, view));
        var title = view.Filter.Page > 1 ? $"Overzicht van de aanmeldingen, pagina {view.Filter.Page}" : "Overzicht van de aanmeldingen";
        return OfficePage.Render(call, session, services, title, html.ToString());
    }

    public static HtmlPageResult Application(CallDefinition call, OfficeSession session, OfficeServices services, DashboardRow row, IReadOnlyList<CoordinatorDecision> trail)
    {
        var app = row.Application;
        var html = new StringBuilder();
        html.Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(LinkBuilder.OfficePath(call.Id), "Terug naar het overzicht")).Append("</p>")
            .Append(HtmlPage.Heading($"{app.Form.Neighbourhood}, {app.Form.Municipality}"))
            .Append(Facts(
                ("Kenmerk", app.Id),
                ("Status", ApplicationStatusLabels.For(app.Status)),
                ("Signalen", Flags(row) is { Count: > 0 } flags ? string.Join(", ", flags) : "geen")));

        if (Replacement.CanDropOut(app))
        {
            html.Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(LinkBuilder.OfficeReplacementPath(call.Id, app.Id), "Deze wijk valt af: vervangen door de eerste op de reservelijst")).Append("</p>");
        }

        html.Append(HtmlPage.SubHeading("Beoordelingen")).Append(ReviewsHtml.Render(call, row.Standing, app));

        html.Append(HtmlPage.SubHeading("Verloop")).Append("<ul class=\"utrecht-unordered-list\">");
        foreach (var (at, what) in Trail(call, app, trail).OrderBy(t => t.At))
        {
            html.Append("<li class=\"utrecht-unordered-list__item\">").Append(Html.Encode(DutchDateFormat.WithZone(at, call.TimeZone))).Append(": ").Append(what).Append("</li>");
        }

        html.Append("</ul>").Append(HtmlPage.SubHeading("De aanmelding")).Append(ApplicationDetailsHtml.Render(app, call, a => LinkBuilder.OfficeAttachmentPath(call.Id, app.Id, a.Id)));
        html.Append(OfficeErasureEndpoint.Form(call, session, services, app.Id));
        return OfficePage.Render(call, session, services, $"Aanmelding {app.Form.Neighbourhood}, {app.Form.Municipality}", html.ToString());
    }

    /// <summary>Everything that happened to the application, in order: received, every decision (revisions too), withdrawn, outcome.</summary>
    static IEnumerable<(DateTimeOffset At, string Html)> Trail(CallDefinition call, Application app, IReadOnlyList<CoordinatorDecision> trail)
    {
        yield return (app.SubmittedAt, "ontvangen");
        if (app.ChangedAt is { } changedAt)
        {
            yield return (changedAt, Html.Encode($"gewijzigd door de aanmelder (nu versie {app.Version})"));
        }
        foreach (var decision in trail)
        {
            yield return (decision.DecidedAt, ReviewsHtml.Sentence(call, decision, withTime: false));
        }

        if (app.WithdrawnAt is { } withdrawnAt && app.DroppedOut is null)
        {
            yield return (withdrawnAt, "ingetrokken door de aanmelder");
        }

        if (app.Outcome is { } outcome && app.DecidedAt is { } decidedAt)
        {
            var rank = app.Rank is { } r ? $", rang {r}" : "";
            yield return (trail.Count > 0 ? Max(decidedAt, trail[^1].DecidedAt) : decidedAt, Html.Encode($"selectie: {ApplicationStatusLabels.For(outcome)}{rank}. {app.OutcomeReason}"));
        }

        foreach (var replacement in app.Replacements)
        {
            yield return (replacement.At, Html.Encode(replacement.DroppedId == app.Id
                ? $"afgevallen na de selectie; de plaats is gegaan naar {replacement.ReserveId}, de eerste op de reservelijst (vastgelegd door {replacement.Coordinator})"
                : $"van de reservelijst geselecteerd in plaats van {replacement.DroppedId}, die na de selectie afviel (vastgelegd door {replacement.Coordinator})"));
        }
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    static string ReviewsInShort(ReviewStanding standing) =>
        standing.Reviews.Count == 0
            ? "–"
            : string.Join("<br>", standing.Reviews.Select(r =>
                Html.Encode($"{r.Coordinator}: {ApplicationStatusLabels.For(r.Decision)}{(r.Score is { } s ? $" ({s})" : "")}")));

    public static IReadOnlyList<string> Flags(DashboardRow row)
    {
        var flags = new List<string>();
        if (row.Undecided)
        {
            flags.Add("nog niet beoordeeld");
        }

        if (row.Disagree)
        {
            flags.Add("beoordelaars oneens");
        }

        if (row.Standing.Reviews.Any(row.Application.IsOfEarlierVersion))
        {
            flags.Add(ReviewsHtml.EarlierVersion);
        }

        if (row.Withdrawn)
        {
            flags.Add("ingetrokken");
        }

        return flags;
    }

    static string FilterForm(CallDefinition call, DashboardView view)
    {
        var html = new StringBuilder();
        html.Append("<form class=\"utrecht-form aanmelding-filters\" method=\"get\" action=\"").Append(Html.Attribute(LinkBuilder.OfficePath(call.Id))).Append("\">");
        var statuses = new StringBuilder("<option value=\"\">Alle</option>");
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            statuses.Append(CultureInfo.InvariantCulture, $"<option value=\"{WireName.Of(status)}\"{(view.Filter.Status == status ? " selected" : "")}>{Html.Encode(ApplicationStatusLabels.For(status))}</option>");
        }

        var municipalities = new StringBuilder("<option value=\"\">Alle</option>");
        foreach (var municipality in view.Municipalities)
        {
            municipalities.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Attribute(municipality)}\"{(view.Filter.Municipality == municipality ? " selected" : "")}>{Html.Encode(municipality)}</option>");
        }

        html.Append(FormFields.Field(false, FormFields.Label("status", "Status") + $"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select utrecht-select--html-select\" id=\"status\" name=\"status\">{statuses}</select></div>"))
            .Append(FormFields.Field(false, FormFields.Label("gemeente", "Gemeente") + $"<div class=\"utrecht-form-field__input\"><select class=\"utrecht-select utrecht-select--html-select\" id=\"gemeente\" name=\"gemeente\">{municipalities}</select></div>"))
            .Append("<div class=\"utrecht-form-field utrecht-form-field--distanced\"><button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\">Filteren</button></div></form>");
        return html.ToString();
    }

    static string Paging(CallDefinition call, DashboardView view)
    {
        if (view.PageCount <= 1)
        {
            return "";
        }

        var page = view.Filter.Page;
        var html = new StringBuilder("<nav aria-label=\"Paginering\"><p class=\"utrecht-paragraph\">");
        if (page > 1)
        {
            html.Append(HtmlPage.Link(LinkBuilder.OfficePath(call.Id) + view.Filter.Query(page - 1), "Vorige pagina")).Append(" · ");
        }

        html.Append(Html.Encode($"Pagina {page} van {view.PageCount}"));
        if (page < view.PageCount)
        {
            html.Append(" · ").Append(HtmlPage.Link(LinkBuilder.OfficePath(call.Id) + view.Filter.Query(page + 1), "Volgende pagina"));
        }

        return html.Append("</p></nav>").ToString();
    }

    /// <summary>Label and value pairs as a data list (labels above values on a narrow screen).</summary>
    public static string Facts(params (string Label, string Value)[] facts)
    {
        var html = new StringBuilder("<dl class=\"utrecht-data-list utrecht-data-list--rows utrecht-data-list--html-dl\">");
        foreach (var (label, value) in facts)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">{Html.Encode(label)}</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">{Html.Encode(value)}</dd></div>");
        }

        return html.Append("</dl>").ToString();
    }

    static string Cell(string? text) => $"<td class=\"utrecht-table__cell\">{Html.Encode(string.IsNullOrEmpty(text) ? "–" : text)}</td>";

    static string Count(int n) => n.ToString("N0", Dutch);
}
