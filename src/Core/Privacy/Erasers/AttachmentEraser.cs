using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>Blob container of the attachments: every file the application was sent with, kept or still staged.</summary>
public sealed class AttachmentEraser(AttachmentStore attachments) : IPersonalDataEraser
{
    public string Store => AttachmentStore.ContainerName;

    public Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken) =>
        attachments.DeleteForApplication(scope.CallId, scope.ApplicationId, cancellationToken);
}
