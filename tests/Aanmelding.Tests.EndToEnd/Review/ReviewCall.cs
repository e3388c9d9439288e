using System.Globalization;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>Calls for the review tests: two coordinators, and deadlines a few seconds away where a test needs them to pass.</summary>
public static class ReviewCall
{
    public const string CoordinatorA = "anna.coordinator@example.org";
    public const string CoordinatorB = "bram.coordinator@example.org";

    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A call open until 2099 with coordinators A and B.</summary>
    public static Dictionary<string, string> Open(string callId) =>
        CallConfiguration.Open(callId, null, CoordinatorA, CoordinatorB);

    /// <summary>A call whose deadline and review deadline are the given instants (written as Amsterdam local time, as configured in production).</summary>
    public static Dictionary<string, string> Closing(string callId, DateTimeOffset deadline, DateTimeOffset reviewDeadline)
    {
        var settings = CallConfiguration.Open(callId, Local(deadline), CoordinatorA, CoordinatorB);
        settings[$"Calls__{callId}__ReviewDeadline"] = Local(reviewDeadline).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>The instant as Amsterdam wall-clock time, rounded up to the next whole second so it is never earlier than asked.</summary>
    static DateTime Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Amsterdam).DateTime;
        var whole = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        return whole < local ? whole.AddSeconds(1) : whole;
    }
}
