using Aanmelding.Contracts;

namespace Aanmelding.Core.Intake;

/// <summary>The public state of an application in Dutch; a coordinator's decision stays internal until selection is final.</summary>
public static class StatusLabels
{
    public static string For(string status) => status switch
    {
        ApplicationStatus.Submitted or ApplicationStatus.Approved or ApplicationStatus.Rejected => "Ontvangen – wordt beoordeeld",
        ApplicationStatus.Withdrawn => "Ingetrokken",
        ApplicationStatus.Selected => "Geselecteerd",
        ApplicationStatus.Reserve => "Reserve",
        ApplicationStatus.NotSelected => "Niet geselecteerd",
        _ => status,
    };

    /// <summary>The status an applicant may see: approved and rejected read as submitted until the selection is final.</summary>
    public static string Public(string status) =>
        status is ApplicationStatus.Approved or ApplicationStatus.Rejected ? ApplicationStatus.Submitted : status;
}
