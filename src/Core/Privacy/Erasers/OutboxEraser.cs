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

    public Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken) =>
        DeleteWhereAsync(options.Value.OutboxPath, text => text.Contains(scope.ApplicationId, StringComparison.Ordinal), cancellationToken);

    /// <summary>Deletes every message in <paramref name="folder"/> whose readable text (<see cref="OutboxMessageText"/>) <paramref name="names"/> accepts.</summary>
    public static async Task DeleteWhereAsync(string folder, Func<string, bool> names, CancellationToken cancellationToken)
    {
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

            if (names(text))
            {
                File.Delete(file);
            }
        }
    }
}
