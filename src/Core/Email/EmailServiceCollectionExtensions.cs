using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Aanmelding.Core.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers e-mail: options from sections <c>Email</c> and <c>SendGrid</c>; <see cref="IEmailSender"/> is
    /// <see cref="SendGridEmailSender"/> when <c>SendGrid:ApiKey</c> is set and <see cref="OutboxEmailSender"/> otherwise;
    /// <see cref="Mailer"/>; and <see cref="SentEmailTable"/> as <see cref="ISentEmailLog"/>, which needs a
    /// <see cref="Azure.Data.Tables.TableServiceClient"/> registered by the host.
    /// </summary>
    public static IServiceCollection AddAanmeldingEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .PostConfigure(options => options.OutboxPath = Path.GetFullPath(
                string.IsNullOrWhiteSpace(options.OutboxPath) ? ".local/outbox" : options.OutboxPath));
        services.AddOptions<SendGridOptions>()
            .Bind(configuration.GetSection(SendGridOptions.SectionName));

        if (string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.SectionName}:ApiKey"]))
        {
            services.TryAddSingleton<IEmailSender, OutboxEmailSender>();
        }
        else
        {
            services.AddHttpClient<IEmailSender, SendGridEmailSender>((provider, client) =>
            {
                var timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.Timeout;
                client.Timeout = timeout > TimeSpan.Zero ? timeout : TimeSpan.FromSeconds(30);
            });
        }

        services.TryAddSingleton<ISentEmailLog, SentEmailTable>();
        services.TryAddTransient<Mailer>();
        return services;
    }
}
