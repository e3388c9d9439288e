using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Aanmelding.Core.Attachments;

/// <summary>
/// Whether bytes are a PDF a coordinator can open: they start with <c>%PDF-</c>, PdfPig parses their structure and
/// finds at least one page, and they are not encrypted. The name and declared type of a file are never asked.
/// </summary>
public static class PdfCheck
{
    static ReadOnlySpan<byte> Magic => "%PDF-"u8;

    /// <summary>Null for a good PDF; otherwise the Dutch message that names <paramref name="fileName"/>.</summary>
    public static string? Problem(byte[] content, string fileName)
    {
        if (!content.AsSpan().StartsWith(Magic))
        {
            return $"\u201c{fileName}\u201d is geen pdf-bestand. Voeg alleen pdf-bestanden toe (een Word-bestand of foto kunt u eerst als pdf opslaan).";
        }

        try
        {
            // Strict: a file PdfPig has to guess its way through is one a coordinator's reader may not open either.
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = false });
            if (document.IsEncrypted)
            {
                return Encrypted(fileName);
            }

            return document.NumberOfPages > 0 && document.GetPage(1) is not null ? null : Broken(fileName);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Encrypted(fileName);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws a variety of exceptions on a broken file; each means the same to the applicant.
            return Broken(fileName);
        }
    }

    static string Encrypted(string fileName) =>
        $"\u201c{fileName}\u201d is beveiligd of versleuteld. Voeg een pdf zonder wachtwoord of beveiliging toe.";

    static string Broken(string fileName) =>
        $"\u201c{fileName}\u201d is een beschadigd pdf-bestand en kan niet worden gelezen. Sla het opnieuw op als pdf en voeg het opnieuw toe.";
}
