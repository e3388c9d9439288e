using Aanmelding.Core.Telemetry;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Aanmelding.Tests.Unit.Telemetry;

/// <summary>Where the hosts send telemetry, decided from the standard settings alone.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public void Without_an_exporter_setting_nothing_is_traced_or_exported()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.Null(provider.GetService<TracerProvider>());
    }

    [Fact]
    public void An_OTLP_endpoint_turns_tracing_on_with_our_spans()
    {
        using var provider = Build(new Dictionary<string, string?> { [TelemetryExport.OtlpEndpointSetting] = "http://127.0.0.1:4317" });
        using var tracer = provider.GetService<TracerProvider>();

        Assert.NotNull(tracer);
        using var span = AanmeldingTelemetry.StartForCall("Probe", "kwetsbare-wijken-2018");
        Assert.NotNull(span);
        Assert.True(span.Recorded);
    }

    [Theory]
    [InlineData("Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555", true)]
    [InlineData("ClientId=11111111-2222-3333-4444-555555555555; Authorization = aad", true)]
    [InlineData("Authorization=AAD", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void Azure_Monitor_ingestion_uses_the_managed_identity_when_the_authentication_string_asks_for_Entra_ID(string? authentication, bool managedIdentity)
    {
        var export = new TelemetryExport("InstrumentationKey=00000000-0000-0000-0000-000000000000", null, authentication, "99999999-2222-3333-4444-555555555555");

        var credential = export.Credential();

        Assert.Equal(managedIdentity, credential is ManagedIdentityCredential);
        Assert.Equal(managedIdentity, credential is not null);
    }

    static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAanmeldingTelemetry(configuration);
        return services.BuildServiceProvider();
    }
}
