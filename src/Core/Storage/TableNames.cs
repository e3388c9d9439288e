namespace Aanmelding.Core.Storage;

/// <summary>The tables that hold the record; orchestrations hold the process. (E-mail keeps its own, see <c>SentEmailTable</c>.)</summary>
public static class TableNames
{
    public const string Applications = "Applications";
    public const string Decisions = "Decisions";
    public const string Outcomes = "Outcomes";

    /// <summary>The sign-in links already used (<see cref="SignInLinkStore"/>).</summary>
    public const string SignInLinks = "SignInLinks";
}
