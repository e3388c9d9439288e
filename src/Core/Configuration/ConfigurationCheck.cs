using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Workflows;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Configuration;

/// <summary>
/// What the app needs from its configuration before it may take work, checked once at start, so a missing or weak key
/// or an unsendable e-mail stops the app with a clear message instead of failing request by request. LocalHost refuses
/// to start; the Functions worker stays up only to say why (every route 503, <c>/api/health</c> lists the problems).
/// </summary>
public sealed class ConfigurationCheck(IConfiguration configuration)
{
    /// <summary>Each problem in Dutch, for the operator; empty when the app may run.</summary>
    public IReadOnlyList<string> Problems { get; } = Find(configuration);

    public bool IsValid => Problems.Count == 0;

    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        var problems = new List<string>();
        void Add(string? problem)
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        Add(SecretCheck.Problem(LinkSigningKey.SettingName, configuration[LinkSigningKey.SettingName], LinkSigningKey.MinimumLength));

        var sendGridKey = configuration[$"{SendGridOptions.SectionName}:ApiKey"];
        if (!string.IsNullOrWhiteSpace(sendGridKey))
        {
            Add(SecretCheck.Problem($"{SendGridOptions.SectionName}:ApiKey", sendGridKey, 1));
        }
        else if (AzurePlatform.IsRunningOn(configuration))
        {
            // Without a key mail goes to the outbox folder, which is read-only in Azure: every mail would fail.
            problems.Add($"E-mail is niet ingesteld: in Azure is {SendGridOptions.SectionName}:ApiKey nodig (de outbox-map is daar alleen-lezen). " +
                "Zet de SendGrid-sleutel in Key Vault (azd env set SENDGRID_API_KEY ... en azd provision).");
        }

        var outbox = configuration[$"{EmailOptions.SectionName}:OutboxPath"];
        if (!string.IsNullOrWhiteSpace(outbox) && !Path.IsPathFullyQualified(outbox))
        {
            problems.Add($"{EmailOptions.SectionName}:OutboxPath moet een absoluut pad zijn, niet '{outbox}': een relatief pad landt in de map van de app.");
        }

        if (WorkflowSweepSchedule.From(configuration) is null)
        {
            problems.Add($"{WorkflowSweepSchedule.SettingName} is geen NCRONTAB-schema met seconden ('{configuration[WorkflowSweepSchedule.SettingName]}'); " +
                $"bijvoorbeeld '{WorkflowSweepSchedule.Default}' (elke 5 minuten).");
        }

        return problems;
    }
}
