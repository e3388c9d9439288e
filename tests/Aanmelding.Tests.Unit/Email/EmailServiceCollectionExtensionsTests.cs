using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aanmelding.Tests.Unit.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new TableServiceClient("UseDevelopmentStorage=true"));
        services.AddAanmeldingEmail(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_an_api_key_mail_goes_to_the_outbox_resolved_against_the_current_directory()
    {
        using var provider = Build(new() { ["Email:OutboxPath"] = "some/outbox", ["Email:From"] = "noreply@example.org" });

        Assert.IsType<OutboxEmailSender>(provider.GetRequiredService<IEmailSender>());
        var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        Assert.Equal(Path.GetFullPath("some/outbox"), options.OutboxPath);
        Assert.Equal("noreply@example.org", options.From);
        Assert.Equal("Aanmelding Platform31", options.FromName);
        Assert.IsType<SentEmailTable>(provider.GetRequiredService<ISentEmailLog>());
        Assert.NotNull(provider.GetRequiredService<Mailer>());
    }

    [Fact]
    public void The_default_outbox_is_under_local()
    {
        using var provider = Build([]);

        Assert.Equal(Path.GetFullPath(".local/outbox"), provider.GetRequiredService<IOptions<EmailOptions>>().Value.OutboxPath);
    }

    [Fact]
    public void With_an_api_key_mail_goes_to_sendgrid()
    {
        using var provider = Build(new()
        {
            ["SendGrid:ApiKey"] = "SG.configured",
            ["SendGrid:Host"] = "http://127.0.0.1:1",
            ["SendGrid:MaxAttempts"] = "3",
            ["SendGrid:BaseDelay"] = "00:00:00.250",
        });

        Assert.IsType<SendGridEmailSender>(provider.GetRequiredService<IEmailSender>());
        var options = provider.GetRequiredService<IOptions<SendGridOptions>>().Value;
        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.BaseDelay);
        Assert.Equal("http://127.0.0.1:1", options.Host);
        Assert.NotNull(provider.GetRequiredService<Mailer>());
        Assert.NotNull(provider.GetRequiredService<ILogger<Mailer>>());
    }
}
