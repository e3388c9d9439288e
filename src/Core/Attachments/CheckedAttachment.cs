using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Attachments;

/// <summary>An attachment that passed <see cref="AttachmentRules.Check"/>: what the row records, and the bytes to store.</summary>
public sealed record CheckedAttachment(Attachment Attachment, byte[] Content);
