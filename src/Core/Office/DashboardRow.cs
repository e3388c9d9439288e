using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Office;

/// <summary>One application as the overview shows it: the application, each beoordelaar's latest review, and its flags.</summary>
public sealed record DashboardRow(Application Application, ReviewStanding Standing)
{
    /// <summary>Still to be reviewed and nobody has yet.</summary>
    public bool Undecided => Application.Outcome is null && Application.Status != ApplicationStatus.Withdrawn && Standing.Reviews.Count == 0;

    public bool Disagree => Standing.Disagree;

    public bool Withdrawn => Application.Status == ApplicationStatus.Withdrawn;
}
