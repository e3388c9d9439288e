using System.Text.Json.Serialization;
using Aanmelding.Contracts;

namespace Aanmelding.Core.Applications;

/// <summary>A coordinator's decision on an application; spelled <c>approved</c> or <c>rejected</c> (<see cref="WireName"/>).</summary>
[JsonConverter(typeof(WireNameConverter<Decision>))]
public enum Decision
{
    Approved,
    Rejected,
}
