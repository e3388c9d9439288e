namespace Aanmelding.Core.Applications;

/// <summary>
/// A PDF that came with an application, as the application's row records it: its id within the application (which
/// names its blob), the file name as sanitised, its size in bytes and its SHA-256 (hex), so a download can be checked.
/// </summary>
public sealed record Attachment(string Id, string FileName, long Size, string Sha256);
