using System.Text.Json;
using Aanmelding.Core.Configuration;
using Aanmelding.Core.Security;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Configuration;

/// <summary>What the app refuses to start with (issue 12 point 3, issue 14 point 6), one rule at a time.</summary>
public sealed class ConfigurationCheckTests
{
    static readonly string GoodKey = GeneratedSecret.New();

    [Fact]
    public void A_generated_key_and_no_e_mail_settings_outside_Azure_are_fine()
    {
        Assert.Empty(ConfigurationCheck.Find(Settings(("Links:SigningKey", GoodKey))));
        Assert.Equal(43, GoodKey.Length);
    }

    [Theory]
    [InlineData(null, "Links:SigningKey ontbreekt")]
    [InlineData("   ", "Links:SigningKey ontbreekt")]
    [InlineData("0123456789abcdefghijklmnopqrstu", "Links:SigningKey is te kort: minstens 32 tekens, nu 31.")]
    [InlineData("Zk3pQ9", "Links:SigningKey is te kort: minstens 32 tekens, nu 6.")]
    [InlineData("local-development-signing-key-change-me-0123456789", "Links:SigningKey is een bekende voorbeeldwaarde")]
    [InlineData("my-example-signing-key-for-the-docs-0123456789", "Links:SigningKey is een bekende voorbeeldwaarde")]
    [InlineData("CHANGEME-CHANGEME-CHANGEME-CHANGEME-1", "Links:SigningKey is een bekende voorbeeldwaarde")]
    [InlineData("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "Links:SigningKey is een bekende voorbeeldwaarde")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/link-signing-key/)", "Links:SigningKey is een Key Vault-verwijzing die niet is opgelost")]
    [InlineData("  @microsoft.keyvault(VaultName=kv-x;SecretName=link-signing-key)", "Links:SigningKey is een Key Vault-verwijzing die niet is opgelost")]
    public void A_signing_key_that_is_missing_short_known_or_an_unresolved_reference_is_refused(string? key, string problem)
    {
        var problems = ConfigurationCheck.Find(Settings(("Links:SigningKey", key)));

        Assert.StartsWith(problem, Assert.Single(problems), StringComparison.Ordinal);
        var refused = Assert.Throws<InvalidOperationException>(() => new LinkSigningKey(key ?? ""));
        Assert.Equal(problems[0], refused.Message);
    }

    [Fact]
    public void A_problem_never_repeats_the_secret()
    {
        const string Short = "Qw8Zr2Lm5Tx9Bv4Nc7";
        var problem = Assert.Single(ConfigurationCheck.Find(Settings(("Links:SigningKey", Short))));

        Assert.DoesNotContain(Short, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/sendgrid-api-key/)", "SendGrid:ApiKey is een Key Vault-verwijzing die niet is opgelost")]
    [InlineData("SG.xxxxx", "SendGrid:ApiKey is een bekende voorbeeldwaarde")]
    public void A_SendGrid_key_that_is_no_secret_is_refused(string key, string problem) =>
        Assert.StartsWith(problem, Assert.Single(ConfigurationCheck.Find(Settings(("Links:SigningKey", GoodKey), ("SendGrid:ApiKey", key)))), StringComparison.Ordinal);

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID")]
    [InlineData("WEBSITE_SITE_NAME")]
    public void In_Azure_e_mail_must_go_through_SendGrid_because_the_outbox_folder_is_read_only(string platformSetting)
    {
        var withoutKey = ConfigurationCheck.Find(Settings(("Links:SigningKey", GoodKey), (platformSetting, "func-aanmelding")));
        var withKey = ConfigurationCheck.Find(Settings(("Links:SigningKey", GoodKey), (platformSetting, "func-aanmelding"), ("SendGrid:ApiKey", "SG.Qk2m9vXz4Lp7Wr1Tn8Bc5Hd3")));

        Assert.StartsWith("E-mail is niet ingesteld: in Azure is SendGrid:ApiKey nodig", Assert.Single(withoutKey), StringComparison.Ordinal);
        Assert.Empty(withKey);
    }

    [Theory]
    [InlineData(".local/outbox", false)]
    [InlineData("outbox", false)]
    [InlineData("/var/aanmelding/outbox", true)]
    public void The_outbox_folder_must_be_an_absolute_path(string path, bool accepted)
    {
        var problems = ConfigurationCheck.Find(Settings(("Links:SigningKey", GoodKey), ("Email:OutboxPath", path)));

        Assert.Equal(accepted, problems.Count == 0);
    }

    [Fact]
    public void The_committed_local_settings_of_the_Functions_app_carry_no_key_the_app_accepts()
    {
        var path = Path.Combine(Launcher.Repository.Root, "src", "Functions", "local.settings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));
        var values = settings.RootElement.GetProperty("Values");

        if (values.TryGetProperty("Links__SigningKey", out var key))
        {
            Assert.NotNull(SecretCheck.Problem(LinkSigningKey.SettingName, key.GetString(), LinkSigningKey.MinimumLength));
        }

        Assert.False(values.TryGetProperty("SendGrid__ApiKey", out _), "local.settings.json is committed: it must hold no SendGrid key");
    }

    static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
