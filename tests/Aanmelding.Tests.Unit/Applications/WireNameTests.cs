using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Unit.Applications;

/// <summary>States, decisions and phases are spelled on the wire exactly as DESIGN §4 and the stored data name them.</summary>
public sealed class WireNameTests
{
    [Fact]
    public void Application_states_keep_their_wire_names()
    {
        Assert.Equal(
            ["submitted", "approved", "rejected", "selected", "reserve", "not-selected", "withdrawn"],
            Enum.GetValues<ApplicationStatus>().Select(s => WireName.Of(s)));
        Assert.Equal(["approved", "rejected"], Enum.GetValues<Decision>().Select(d => WireName.Of(d)));
        Assert.Equal(["open", "closed", "finalizing", "final"], Enum.GetValues<CallPhase>().Select(p => WireName.Of(p)));
    }

    [Fact]
    public void Json_writes_and_reads_the_wire_names()
    {
        var json = JsonSerializer.Serialize(new { status = ApplicationStatus.NotSelected, outcome = (ApplicationStatus?)null, phase = CallPhase.Finalizing });

        Assert.Equal("""{"status":"not-selected","outcome":null,"phase":"finalizing"}""", json);
        Assert.Equal(ApplicationStatus.NotSelected, JsonSerializer.Deserialize<ApplicationStatus>("\"not-selected\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ApplicationStatus>("5"));
    }

    [Fact]
    public void Only_exact_wire_names_parse()
    {
        Assert.True(WireName.TryParse<Decision>("approved", out var approved));
        Assert.Equal(Decision.Approved, approved);
        Assert.False(WireName.TryParse<Decision>("Approved", out _));
        Assert.False(WireName.TryParse<Decision>("submitted", out _));
        Assert.False(WireName.TryParse<Decision>(null, out _));
        Assert.Throws<FormatException>(() => WireName.Parse<ApplicationStatus>("bogus"));
    }
}
