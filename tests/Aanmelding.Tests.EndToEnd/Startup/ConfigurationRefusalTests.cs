using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Resilience;

namespace Aanmelding.Tests.EndToEnd.Startup;

/// <summary>
/// What would break in Azure stops the app at start with a clear message, instead of failing request by request: a
/// missing, short or known link signing key, a Key Vault reference that did not resolve, e-mail without SendGrid in
/// Azure, a relative outbox folder. LocalHost does not start; the Functions worker stays up only to say why.
/// </summary>
public sealed class ConfigurationRefusalTests
{
    [Theory]
    [InlineData("Links__SigningKey", "kort-maar-geheim", "Links:SigningKey is te kort: minstens 32 tekens, nu 16.")]
    [InlineData("Links__SigningKey", "local-development-signing-key-change-me-0123456789", "Links:SigningKey is een bekende voorbeeldwaarde")]
    [InlineData("Links__SigningKey", "@Microsoft.KeyVault(SecretUri=https://kv-aanmelding.vault.azure.net/secrets/link-signing-key/)", "Links:SigningKey is een Key Vault-verwijzing die niet is opgelost")]
    [InlineData("SendGrid__ApiKey", "@Microsoft.KeyVault(SecretUri=https://kv-aanmelding.vault.azure.net/secrets/sendgrid-api-key/)", "SendGrid:ApiKey is een Key Vault-verwijzing die niet is opgelost")]
    [InlineData("WEBSITE_INSTANCE_ID", "b1a2c3d4e5f60718293a4b5c6d7e8f90", "E-mail is niet ingesteld: in Azure is SendGrid:ApiKey nodig")]
    [InlineData("Email__OutboxPath", "outbox", "Email:OutboxPath moet een absoluut pad zijn")]
    [InlineData("Admin__ApiKey", "te-kort", "Admin:ApiKey is te kort")]
    public async Task LocalHost_refuses_to_start_and_says_why(string setting, string value, string reason)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestHosts.StartAsync(HostKind.LocalHost, new Dictionary<string, string> { [setting] = value }));

        Assert.Contains("LocalHost stopte met code 1.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("LocalHost start niet:", refused.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Under_the_Functions_host_without_a_signing_key_every_route_answers_503_and_health_says_why()
    {
        var callId = CallConfiguration.NewCallId();
        var settings = CallConfiguration.Open(callId);
        settings["Links__SigningKey"] = "";
        await using var host = await TestHosts.StartAsync(HostKind.Functions, settings, readiness: HostReadiness.Answering);

        using (var health = await host.Client.GetAsync("/api/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var body = await health.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("misconfigured", body.GetProperty("status").GetString());
            Assert.Contains(body.GetProperty("configuration").EnumerateArray(), p => p.GetString()!.StartsWith("Links:SigningKey ontbreekt", StringComparison.Ordinal));
        }

        using (var submitted = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of().Json()))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, submitted.StatusCode);
            Assert.Equal("misconfigured", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        using (var form = await host.Client.GetAsync($"/calls/{callId}"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, form.StatusCode);
        }

        Assert.Empty(await StoredState.Of(host).ApplicationsAsync(callId));
        Assert.Contains("Aanmelding takes no work: Links:SigningKey ontbreekt", host.Output, StringComparison.Ordinal);
    }
}
