namespace Aanmelding.Core.Storage;

/// <summary>The tables that hold the record; orchestrations hold the process.</summary>
public static class TableNames
{
    public const string Applications = "Applications";
    public const string Decisions = "Decisions";
    public const string Outcomes = "Outcomes";
    public const string SentEmails = "SentEmails";

    public static IReadOnlyList<string> All { get; } = [Applications, Decisions, Outcomes, SentEmails];
}
