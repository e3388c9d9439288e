using System.Globalization;
using System.Text;

namespace Aanmelding.Core.Export;

/// <summary>
/// The one CSV writer (RFC 4180) for every CSV we produce, so each opens cleanly in Excel with a Dutch locale: UTF-8
/// with a BOM, <c>;</c> as the separator, CRLF after every record, fields quoted when they contain <c>;</c>, <c>"</c>,
/// CR or LF (inner quotes doubled), and text cells that a spreadsheet would read as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) prefixed with <c>'</c> (<see cref="Text"/>).
/// </summary>
public static class CsvFile
{
    public const char Separator = ';';

    static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The header and the records, each a list of cells already made with <see cref="Text"/> or <see cref="Number"/>.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        AppendRecord(text, header);
        foreach (var record in records)
        {
            AppendRecord(text, record);
        }

        var content = text.ToString();
        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(content)];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(content, 0, content.Length, bytes, preamble.Length);
        return bytes;
    }

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A text cell, with a leading <c>'</c> when a spreadsheet would otherwise read it as a formula.</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            AppendField(text, fields[i]);
        }

        text.Append("\r\n");
    }

    static void AppendField(StringBuilder text, string field)
    {
        if (field.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
