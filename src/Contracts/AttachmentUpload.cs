namespace Aanmelding.Contracts;

/// <summary>
/// One PDF sent with an application. In JSON <c>{"fileName": "brief.pdf", "content": "JVBERi0…"}</c>, the content in
/// base64; from the browser form, a file part. Checked by its content, never by its name or declared type.
/// </summary>
public sealed record AttachmentUpload
{
    public string? FileName { get; init; }
    public byte[]? Content { get; init; }
}
