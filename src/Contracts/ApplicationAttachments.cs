namespace Aanmelding.Contracts;

/// <summary>
/// The <c>attachments</c> of a JSON submission, read beside <see cref="ApplicationForm"/> from the same body, so that
/// the form record never carries file contents.
/// </summary>
public sealed record ApplicationAttachments
{
    public IReadOnlyList<AttachmentUpload>? Attachments { get; init; }
}
