namespace Aanmelding.Core.Email;

/// <summary>
/// Remembers which messages were settled (delivered, or failed for good), so an activity that runs again does not send twice.
/// Keys are made by code from ids, never from raw user input: the characters <c>/ \ # ?</c> and control characters are not allowed.
/// The part before the first <c>:</c> groups keys (e.g. the call id or the application id).
/// </summary>
public interface ISentEmailLog
{
    Task<bool> WasSentAsync(string key, CancellationToken cancellationToken);

    Task RecordAsync(string key, EmailMessage message, EmailDelivery delivery, CancellationToken cancellationToken);
}
