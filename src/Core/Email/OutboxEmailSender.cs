using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aanmelding.Core.Email;

/// <summary>
/// The local default sender: writes each message as an <c>.eml</c> file into <see cref="EmailOptions.OutboxPath"/>,
/// named <c>{yyyyMMddTHHmmssfff}-{kind}-{hash}.eml</c> (UTC). The file appears whole or not at all: it is written to a
/// temporary name in the same folder first and then moved into place. The messages hold personal data and working
/// links, so on Unix the folder is the owner's only (0700) and so is every file (0600), from the moment it exists.
/// </summary>
public sealed partial class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider timeProvider, ILogger<OutboxEmailSender> logger)
    : IEmailSender
{
    /// <summary>.eml files use CRLF line endings, as mail on the wire does, on every platform.</summary>
    static readonly MimeKit.FormatOptions EmlFormat = new() { NewLineFormat = MimeKit.NewLineFormat.Dos };

    public async Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.OutboxPath);
        CreateOwnerOnlyFolder(folder);

        var now = timeProvider.GetUtcNow();
        MimeKit.MimeMessage mime;
        try
        {
            mime = MimeMessageFactory.Create(message, settings, now);
        }
        catch (MimeKit.ParseException)
        {
            LogInvalidAddress(logger, message.Kind);
            return EmailDelivery.PermanentFailure("invalid sender or recipient address");
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await mime.WriteToAsync(EmlFormat, buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        // With a key, the name's tag comes from the key: a send repeated after a crash (file written, marker not
        // yet recorded) finds its own file and does not write a second one.
        var hash = Convert.ToHexStringLower(SHA256.HashData(message.IdempotencyKey is { } key ? Encoding.UTF8.GetBytes(key) : bytes))[..10];
        if (message.IdempotencyKey is not null && Directory.EnumerateFiles(folder, $"*-{SafeKind(message.Kind)}-{hash}.eml").Any())
        {
            return EmailDelivery.Success(mime.MessageId);
        }

        var fileName = string.Create(
            CultureInfo.InvariantCulture,
            $"{now.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{SafeKind(message.Kind)}-{hash}.eml");
        var target = Path.Combine(folder, fileName);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, OwnerOnlyFile))
            {
                await file.WriteAsync(bytes, cancellationToken);
            }

            File.Move(temporary, target, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        LogWritten(logger, message.Kind, fileName);
        return EmailDelivery.Success(mime.MessageId);
    }

    const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    static readonly FileStreamOptions OwnerOnlyFile = OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }
        : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerReadWrite };

    /// <summary>The folder, created for its owner only; one that exists already is made so too.</summary>
    static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        const UnixFileMode OwnerOnly = OwnerReadWrite | UnixFileMode.UserExecute;
        var info = Directory.CreateDirectory(folder, OwnerOnly);
        if (info.UnixFileMode != OwnerOnly)
        {
            File.SetUnixFileMode(folder, OwnerOnly);
        }
    }

    /// <summary>Keeps the kind usable in a file name: lower-case letters, digits and '-' only.</summary>
    static string SafeKind(string? kind)
    {
        var builder = new StringBuilder();
        foreach (var c in kind ?? string.Empty)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.Length == 0 ? "message" : builder.ToString(0, Math.Min(builder.Length, 40));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kind} not written to the outbox: invalid sender or recipient address")]
    private static partial void LogInvalidAddress(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Kind} written to the outbox as {FileName}")]
    private static partial void LogWritten(ILogger logger, string kind, string fileName);
}
