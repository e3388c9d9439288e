using Aanmelding.Core.Privacy.Erasers;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Privacy;

/// <summary>The erasure and its erasers, registered the same way by both hosts.</summary>
public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The erasers in the order they run: the workflow first (it must send nothing more), the application row last
    /// (while it exists, a repeated erasure finds the application). A new store of personal data adds its eraser before
    /// <see cref="ApplicationRowEraser"/>, as the attachments do.
    /// </summary>
    public static IServiceCollection AddAanmeldingPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<IPersonalDataEraser, WorkflowHistoryEraser>();
        services.AddSingleton<IPersonalDataEraser, ReviewEraser>();
        services.AddSingleton<IPersonalDataEraser, OutcomeEraser>();
        services.AddSingleton<IPersonalDataEraser, SentEmailEraser>();
        services.AddSingleton<IPersonalDataEraser, OutboxEraser>();
        services.AddSingleton<IPersonalDataEraser, AttachmentEraser>();
        services.AddSingleton<IPersonalDataEraser, ApplicationRowEraser>();
        services.AddSingleton<ErasureService>();
        services.AddSingleton<AccessExport>();
        services.AddSingleton<RetentionService>();
        services.AddSingleton<AnonymousCounts>();
        services.AddSingleton<PrivacyServices>();
        return services;
    }
}
