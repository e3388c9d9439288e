using Aanmelding.Core.Email;
using Microsoft.Extensions.Options;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>
/// The outbox folder (where mail goes when SendGrid is not configured): every message that names the application's
/// reference, which every e-mail about it carries: to the applicant, to the beoordelaars, and the summaries that list it.
/// </summary>
public sealed class OutboxEraser(IOptions<EmailOptions> options) : IPersonalDataEraser
{
    public string Store => "outbox";

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        var folder = options.Value.OutboxPath;
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            string text;
            try
            {
                text = await OutboxMessageText.ReadAsync(file, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            if (text.Contains(scope.ApplicationId, StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }
}
