using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Attachments;

/// <summary>
/// What an application may carry: at most <see cref="MaxCount"/> PDFs of at most <see cref="MaxFileBytes"/> each,
/// every one a real PDF by its content (<see cref="PdfCheck"/>), under a sanitised file name.
/// </summary>
public static class AttachmentRules
{
    public const int MaxCount = 3;

    /// <summary>10 MB (10 485 760 bytes) per file.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The largest request that may carry attachments: the files as base64 in JSON (4/3 of their bytes) and the form
    /// beside them. A multipart form with the same files is smaller.
    /// </summary>
    public const int MaxRequestBytes = MaxCount * ((MaxFileBytes + 2) / 3 * 4) + 1024 * 1024;

    /// <summary>The field that carries the files, in the form and in JSON, and the key of their messages.</summary>
    public const string Field = "attachments";

    public const int MaxFileNameLength = 100;

    /// <summary>The limits as a person reads them, on the form and in messages.</summary>
    public static readonly string LimitText = $"Hoogstens {MaxCount} pdf-bestanden van elk hoogstens {MaxFileBytes / (1024 * 1024)} MB.";

    /// <summary>
    /// Checks what was sent: the count, each file's size and content. Returns the Dutch messages (each naming its file),
    /// or none with the attachments to store.
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<AttachmentUpload> uploads, out IReadOnlyList<CheckedAttachment> accepted)
    {
        var messages = new List<string>();
        var list = new List<CheckedAttachment>();
        if (uploads.Count > MaxCount)
        {
            messages.Add($"U kunt hoogstens {MaxCount} bijlagen toevoegen; u stuurde er {uploads.Count}.");
        }

        for (var i = 0; i < uploads.Count; i++)
        {
            var upload = uploads[i];
            var name = SafeFileName(upload.FileName, i + 1);
            var content = upload.Content ?? [];
            var problem = content.Length == 0 ? $"\u201c{name}\u201d is leeg. Voeg een pdf-bestand met inhoud toe."
                : content.Length > MaxFileBytes ? $"\u201c{name}\u201d is {DescribeSize(content.Length)}; een bijlage mag hoogstens {DescribeSize(MaxFileBytes)} zijn."
                : PdfCheck.Problem(content, name);
            if (problem is not null)
            {
                messages.Add(problem);
                continue;
            }

            list.Add(new CheckedAttachment(
                new Attachment((i + 1).ToString(CultureInfo.InvariantCulture), name, content.Length, Convert.ToHexStringLower(SHA256.HashData(content))),
                content));
        }

        accepted = messages.Count == 0 ? list : [];
        return messages;
    }

    /// <summary>
    /// A file name that is safe to store and to send back in a header: the last segment of whatever path a browser
    /// sent, without control characters or characters file systems refuse, at most <see cref="MaxFileNameLength"/>
    /// characters, always ending in <c>.pdf</c> (the content is one); <c>bijlage-{n}.pdf</c> when nothing is left.
    /// </summary>
    public static string SafeFileName(string? sent, int position)
    {
        var name = (sent ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                || "<>:\"|?*;".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        var stem = cleaned.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? cleaned[..^4].TrimEnd('.', ' ') : cleaned;
        if (stem.Length == 0)
        {
            stem = $"bijlage-{position}";
        }

        return (stem.Length > MaxFileNameLength - 4 ? stem[..(MaxFileNameLength - 4)].TrimEnd('.', ' ') : stem) + ".pdf";
    }

    /// <summary>A size as a Dutch reader writes it: "840 kB", "2,4 MB".</summary>
    public static string DescribeSize(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, (bytes + 1023) / 1024)} kB"
            : (bytes / (1024.0 * 1024)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.0", CultureInfo.GetCultureInfo("nl-NL")) + " MB";
}
