using System.Text.Json.Serialization;
using Aanmelding.Contracts;

namespace Aanmelding.Core.Applications;

/// <summary>
/// Where a call is in its life, in the order it goes through them: recorded by the CallWorkflow, read by the review
/// and admin routes. Spelled open, closed, finalizing, final (<see cref="WireName"/>).
/// </summary>
[JsonConverter(typeof(WireNameConverter<CallPhase>))]
public enum CallPhase
{
    Open,
    Closed,
    Finalizing,
    Final,
}
