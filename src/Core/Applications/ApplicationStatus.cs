using System.Text.Json.Serialization;
using Aanmelding.Contracts;

namespace Aanmelding.Core.Applications;

/// <summary>
/// The states of an application (DESIGN §4). On the wire, in tables and in durable payloads each is spelled as its
/// <see cref="WireName"/>: submitted, approved, rejected, selected, reserve, not-selected, withdrawn.
/// </summary>
[JsonConverter(typeof(WireNameConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    Submitted,
    Approved,
    Rejected,
    Selected,
    Reserve,
    NotSelected,
    Withdrawn,
}
