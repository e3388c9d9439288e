using System.Text;
using Aanmelding.Contracts;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Aanmelding.Core.Web;

/// <summary>
/// A <c>multipart/form-data</c> body already read (<see cref="RequestBody.ReadAsync(Microsoft.AspNetCore.Http.HttpRequest, int, CancellationToken)"/>):
/// its text fields, as a urlencoded form's, and its files. A file input left empty (no name, no bytes) is no file.
/// </summary>
public static class MultipartBody
{
    /// <summary>False when the body is not a readable multipart form, or its text fields are over <see cref="RequestBody.MaxBytes"/>.</summary>
    public static bool TryParse(byte[] body, string contentType, out Dictionary<string, StringValues> fields, out List<AttachmentUpload> files)
    {
        fields = [];
        files = [];
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return false;
        }

        try
        {
            return ReadParts(body, boundary, fields, files);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DecoderFallbackException)
        {
            return false;
        }
    }

    static bool ReadParts(byte[] body, string boundary, Dictionary<string, StringValues> fields, List<AttachmentUpload> files)
    {
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false));
        var strict = new UTF8Encoding(false, true);
        var textBytes = 0;
        while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                return false;
            }

            using var content = new MemoryStream();
            section.Body.CopyTo(content);
            var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            if (fileName is not null)
            {
                if (fileName.Length > 0 || content.Length > 0)
                {
                    files.Add(new AttachmentUpload { FileName = fileName, Content = content.ToArray() });
                }

                continue;
            }

            textBytes += (int)content.Length;
            if (textBytes > RequestBody.MaxBytes)
            {
                return false;
            }

            var value = strict.GetString(content.GetBuffer(), 0, (int)content.Length);
            fields[name] = fields.TryGetValue(name, out var earlier) ? StringValues.Concat(earlier, value) : new StringValues(value);
        }

        return true;
    }
}
