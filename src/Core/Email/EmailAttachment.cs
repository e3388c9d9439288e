namespace Aanmelding.Core.Email;

/// <summary>A file attached to an <see cref="EmailMessage"/>.</summary>
/// <param name="FileName">A plain file name, e.g. <c>selectie-kwetsbare-wijken-2018.csv</c>.</param>
/// <param name="ContentType">A MIME type, e.g. <c>text/csv; charset=utf-8</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
