namespace Aanmelding.Tests.Functions;

/// <summary>
/// What the Functions host learns about one function from functions.metadata: its name and its trigger, with the
/// trigger's methods, route and auth level (HTTP) or schedule (timer). Methods are lower case, comma separated.
/// </summary>
public sealed record FunctionShape(string Name, string Trigger, string? Methods = null, string? Route = null, string? AuthLevel = null, string? Schedule = null)
{
    public override string ToString() =>
        string.Join(" | ", new[] { Name, Trigger, Methods, Route is null ? null : "/" + Route, AuthLevel, Schedule }.Where(p => p is not null));
}
