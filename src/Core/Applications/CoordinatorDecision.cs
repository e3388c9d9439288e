namespace Aanmelding.Core.Applications;

/// <summary>
/// One coordinator's decision as recorded: <see cref="EventId"/> is unique and time-ordered (the audit row's key, and
/// the id that makes a second delivery to the workflow harmless). <see cref="Coordinator"/> is an e-mail address:
/// personal data, kept in the tables and never in a durable payload or a log. <see cref="Version"/> is the version of
/// the application it was of (<see cref="Application.Version"/>; 1 for a review stored before versions were kept).
/// </summary>
public sealed record CoordinatorDecision(string EventId, Decision Decision, int? Score, string Coordinator, string? Note, DateTimeOffset DecidedAt, int Version = 1)
{
    public static string NewEventId(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];
}
