namespace Aanmelding.Core.Storage;

/// <summary>A blob under a staging name (<see cref="AttachmentStore"/>): which application and which of its attachments.</summary>
public sealed record StagedAttachment(string ApplicationId, string AttachmentId);
