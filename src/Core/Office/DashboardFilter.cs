using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary>What the overview shows: one status or all, one municipality or all, and which page (from 1).</summary>
public sealed record DashboardFilter(ApplicationStatus? Status, string? Municipality, int Page)
{
    public const int PageSize = 50;

    /// <summary>From the query string; what cannot be read means "all" (or page 1), never an error.</summary>
    public static DashboardFilter From(IQueryCollection query)
    {
        var status = WireName.TryParse<ApplicationStatus>(query["status"].ToString(), out var s) ? s : (ApplicationStatus?)null;
        var municipality = query["gemeente"].ToString().Trim();
        var page = int.TryParse(query["pagina"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        return new DashboardFilter(status, municipality.Length == 0 ? null : municipality, page);
    }

    public bool Matches(Application application) =>
        (Status is null || application.Status == Status)
        && (Municipality is null || string.Equals(application.Form.Municipality, Municipality, StringComparison.Ordinal));

    /// <summary>The overview's address with this filter and another page.</summary>
    public string Query(int page)
    {
        var parts = new List<string>();
        if (Status is { } status)
        {
            parts.Add("status=" + Uri.EscapeDataString(WireName.Of(status)));
        }

        if (Municipality is not null)
        {
            parts.Add("gemeente=" + Uri.EscapeDataString(Municipality));
        }

        if (page > 1)
        {
            parts.Add("pagina=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
