using Aanmelding.Core.Applications;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Aanmelding.Core.Storage;

/// <summary>
/// The contents of attachments, one blob each in the container <see cref="ContainerName"/>. A file is first stored
/// under a staging name (<c>staging/{call}/{application}/{attachment}</c>), then the application's row is written, and
/// only then is it promoted to its kept name (<c>applications/{call}/{application}/{attachment}</c>). So a blob under a
/// kept name always belongs to a stored application; a staging blob belongs to one only when its row lists it, and the
/// sweep (<c>Workflows.WorkflowSweep</c>) promotes or removes what a crashed process left there. Names carry the
/// call's hash and generated ids only, never what was sent.
/// </summary>
public sealed class AttachmentStore(BlobServiceClient service)
{
    public const string ContainerName = "attachments";
    const string StagingPrefix = "staging/";
    const string KeptPrefix = "applications/";

    Lazy<Task<BlobContainerClient>> container = NewContainer(service);

    /// <summary>Stores one file under its staging name (again: overwritten, so a retry is harmless).</summary>
    public async Task StageAsync(string callId, string applicationId, Attachment attachment, byte[] content, CancellationToken cancellationToken)
    {
        var blob = (await ContainerAsync()).GetBlobClient(Name(StagingPrefix, callId, applicationId, attachment.Id));
        await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
        }, cancellationToken);
    }

    /// <summary>
    /// Moves a stored application's staged file to its kept name; <paramref name="content"/> when the caller still holds
    /// the bytes, else read from the staging blob. Idempotent: a file already kept is left as it is.
    /// </summary>
    public async Task PromoteAsync(string callId, string applicationId, Attachment attachment, byte[]? content, CancellationToken cancellationToken)
    {
        var folder = await ContainerAsync();
        var staged = folder.GetBlobClient(Name(StagingPrefix, callId, applicationId, attachment.Id));
        var kept = folder.GetBlobClient(Name(KeptPrefix, callId, applicationId, attachment.Id));
        if (!await kept.ExistsAsync(cancellationToken))
        {
            // Read and written through this client, not a server-side copy: that works alike with a key and with an identity.
            var bytes = content is not null ? new BinaryData(content) : (await staged.DownloadContentAsync(cancellationToken)).Value.Content;
            await kept.UploadAsync(bytes, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
            }, cancellationToken);
        }

        await staged.DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>A stored attachment's bytes (under its kept name, or still under its staging name); null when there is none.</summary>
    public async Task<BinaryData?> ReadAsync(string callId, string applicationId, string attachmentId, CancellationToken cancellationToken)
    {
        var folder = await ContainerAsync();
        foreach (var prefix in (string[])[KeptPrefix, StagingPrefix])
        {
            try
            {
                return (await folder.GetBlobClient(Name(prefix, callId, applicationId, attachmentId)).DownloadContentAsync(cancellationToken)).Value.Content;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Not under this name: try the next.
            }
        }

        return null;
    }

    /// <summary>Removes the staging blobs of an application that was not stored (refused, or failed); none is fine.</summary>
    public async Task DiscardStagedAsync(string callId, string applicationId, CancellationToken cancellationToken) =>
        await DeleteUnderAsync(ApplicationFolder(StagingPrefix, callId, applicationId), cancellationToken);

    /// <summary>Removes every file of an application, staged or kept. Idempotent.</summary>
    public async Task DeleteForApplication(string callId, string applicationId, CancellationToken cancellationToken = default)
    {
        await DeleteUnderAsync(ApplicationFolder(KeptPrefix, callId, applicationId), cancellationToken);
        await DeleteUnderAsync(ApplicationFolder(StagingPrefix, callId, applicationId), cancellationToken);
    }

    /// <summary>Removes every file of every application of a call, staged or kept. Idempotent.</summary>
    public async Task DeleteForCall(string callId, CancellationToken cancellationToken = default)
    {
        await DeleteUnderAsync(CallFolder(KeptPrefix, callId), cancellationToken);
        await DeleteUnderAsync(CallFolder(StagingPrefix, callId), cancellationToken);
    }

    /// <summary>The staging blobs of a call last written before <paramref name="before"/>: what the sweep looks at.</summary>
    public async Task<IReadOnlyList<StagedAttachment>> ListStagedAsync(string callId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var folder = await ContainerAsync();
        var prefix = CallFolder(StagingPrefix, callId);
        var list = new List<StagedAttachment>();
        await foreach (var item in folder.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            var parts = item.Name[prefix.Length..].Split('/');
            if (parts.Length == 2 && item.Properties.LastModified < before)
            {
                list.Add(new StagedAttachment(parts[0], parts[1]));
            }
        }

        return list;
    }

    /// <summary>Every blob name in the container (for tests: that nothing stayed behind).</summary>
    public async Task<IReadOnlyList<string>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        var folder = await ContainerAsync();
        var names = new List<string>();
        await foreach (var item in folder.GetBlobsAsync(new GetBlobsOptions(), cancellationToken))
        {
            names.Add(item.Name);
        }

        return names;
    }

    async Task DeleteUnderAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = await ContainerAsync();
        await foreach (var item in folder.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            await folder.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken);
        }
    }

    async Task<BlobContainerClient> ContainerAsync()
    {
        var lazy = container;
        try
        {
            return await lazy.Value;
        }
        catch (Exception)
        {
            // Storage was down at the first use: that is not kept for the life of the process (as in TableSet).
            Interlocked.CompareExchange(ref container, NewContainer(service), lazy);
            throw;
        }
    }

    static Lazy<Task<BlobContainerClient>> NewContainer(BlobServiceClient service) => new(async () =>
    {
        var client = service.GetBlobContainerClient(ContainerName);
        await client.CreateIfNotExistsAsync();
        return client;
    });

    static string CallFolder(string prefix, string callId) => $"{prefix}{ApplicationEntity.PartitionFor(callId)}/";

    static string ApplicationFolder(string prefix, string callId, string applicationId) => $"{CallFolder(prefix, callId)}{applicationId}/";

    static string Name(string prefix, string callId, string applicationId, string attachmentId) =>
        ApplicationFolder(prefix, callId, applicationId) + attachmentId;
}
