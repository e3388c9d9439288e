using Aanmelding.Core.Calls;
using Aanmelding.Core.Configuration;
using Aanmelding.Core.Email;
using Aanmelding.Core.Health;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Office;
using Aanmelding.Core.Privacy;
using Aanmelding.Core.Review;
using Aanmelding.Core.Security;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aanmelding.Core;

/// <summary>Everything Core needs, registered the same way by both hosts.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddAanmeldingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new ConfigurationCheck(configuration));
        services.AddSingleton<CallCatalog>();

        services.AddSingleton(_ => StorageClients.CreateTableServiceClient(configuration));
        services.AddSingleton<TableSet>();
        services.AddSingleton<ApplicationStore>();
        services.AddSingleton<ClaimStore>();
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<CallStateStore>();
        services.AddSingleton<OutcomeStore>();
        services.AddSingleton<PendingStartStore>();
        services.AddSingleton<SignInLinkStore>();
        services.AddSingleton(_ => new AttachmentStore(StorageClients.CreateBlobServiceClient(configuration)));

        services.AddSingleton(_ => new LinkSigningKey(configuration[LinkSigningKey.SettingName] ?? ""));
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<ReceiptTokens>();
        services.AddSingleton<ReviewTokens>();
        services.AddSingleton<ApplicationLookup>();
        services.AddSingleton<LinkBuilder>();

        services.AddSingleton<WorkflowStarter>();
        services.AddSingleton(WorkflowSweepSchedule.From(configuration) ?? WorkflowSweepSchedule.Standard);
        services.AddSingleton<WorkflowSweep>();
        services.AddSingleton<PromptSweep>();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<ReceiptService>();
        services.AddSingleton<WithdrawalService>();
        services.AddSingleton<ChangeService>();
        services.AddSingleton<ReceiptLinkService>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddSingleton<RateLimits>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<FinalizeService>();
        services.AddSingleton<OutcomeNotifier>();
        services.AddSingleton<OfficeTokens>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<ReplacementService>();

        // The handlers' parameter groups: LocalHost binds them per request, the Functions classes take them from here.
        services.AddSingleton<IntakeServices>();
        services.AddSingleton<ReviewServices>();
        services.AddSingleton<SelectionServices>();
        services.AddSingleton<HealthServices>();
        services.AddSingleton<OfficeServices>();

        services.AddAanmeldingEmail(configuration);
        services.AddAanmeldingPrivacy();

        foreach (var activity in WorkflowCatalog.Activities)
        {
            services.AddTransient(activity);
        }

        return services;
    }
}
