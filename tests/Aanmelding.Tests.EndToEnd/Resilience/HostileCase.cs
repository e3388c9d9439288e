namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>One hostile request of the corpus.</summary>
/// <param name="Name">Shown in the test name; says what the request tries.</param>
/// <param name="Send">Sends it to the host and returns the answer.</param>
/// <param name="RefusedByServer">
/// The request is broken at the HTTP level (a line break in a header, a lying length): Kestrel itself may refuse it
/// with a bare 400 before any of our code runs, or close a connection the client half-closed, so a bare 400 or no
/// answer at all is fine too.
/// </param>
public sealed record HostileCase(string Name, Func<HostileInputHost, Task<HostileAnswer>> Send, bool RefusedByServer = false);
