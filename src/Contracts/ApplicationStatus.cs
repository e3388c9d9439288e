namespace Aanmelding.Contracts;

/// <summary>The states of an application (DESIGN §4), as they appear on the wire.</summary>
public static class ApplicationStatus
{
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Selected = "selected";
    public const string Reserve = "reserve";
    public const string NotSelected = "not-selected";
    public const string Withdrawn = "withdrawn";
}
