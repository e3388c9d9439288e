namespace Aanmelding.Core.Email;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "aanmelding@example.org";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Aanmelding Platform31";

    /// <summary>
    /// The folder the <see cref="OutboxEmailSender"/> writes <c>.eml</c> files to. A relative path is resolved against the
    /// current directory by <see cref="EmailServiceCollectionExtensions.AddAanmeldingEmail"/>.
    /// </summary>
    public string OutboxPath { get; set; } = ".local/outbox";
}
