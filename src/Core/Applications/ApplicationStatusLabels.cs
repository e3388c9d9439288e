namespace Aanmelding.Core.Applications;

/// <summary>The Dutch word for each state and decision, the same on every page, e-mail and export.</summary>
public static class ApplicationStatusLabels
{
    public static string For(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => "Ontvangen – wordt beoordeeld",
        ApplicationStatus.Approved => "Goedgekeurd",
        ApplicationStatus.Rejected => "Afgewezen",
        ApplicationStatus.Selected => "Geselecteerd",
        ApplicationStatus.Reserve => "Reserve",
        ApplicationStatus.NotSelected => "Niet geselecteerd",
        ApplicationStatus.Withdrawn => "Ingetrokken",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string For(Decision decision) => decision switch
    {
        Decision.Approved => For(ApplicationStatus.Approved),
        Decision.Rejected => For(ApplicationStatus.Rejected),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };
}
