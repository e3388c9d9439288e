namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// What the server answered to one hostile request, whether sent through HttpClient or as raw bytes; status 0 when
/// it closed the connection without answering.
/// </summary>
public sealed record HostileAnswer(int Status, string? ContentType, string Body)
{
    public bool IsProblem => ContentType?.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsHtml => ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsJson => ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;

    public override string ToString() => $"{Status} {ContentType} {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
