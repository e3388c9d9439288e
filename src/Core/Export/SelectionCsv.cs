using System.Globalization;
using System.Text;
using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Export;

/// <summary>
/// Writes the selection as CSV (RFC 4180) that opens cleanly in Excel with a Dutch locale: UTF-8 with a BOM,
/// a Dutch header row, <c>;</c> as the separator, CRLF after every record, fields quoted when they contain
/// <c>;</c>, <c>"</c>, CR or LF (inner quotes doubled), and text cells that Excel would read as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) prefixed with <c>'</c>.
/// </summary>
public static class SelectionCsv
{
    public const char Separator = ';';

    public static readonly IReadOnlyList<string> Header =
    [
        "Rang", "Aanmelding", "Uitkomst", "Gemeente", "Wijk", "Organisatie", "Soort organisatie", "Score", "Toelichting",
    ];

    static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A call's stored selection, in its order.</summary>
    public static byte[] Write(IEnumerable<SelectionEntry> entries) =>
        Write(entries.Select(e => new SelectionCsvRow(
            e.Rank, e.ApplicationId, ApplicationStatusLabels.For(e.Outcome), e.Municipality ?? "", e.Neighbourhood ?? "", e.Organisation ?? "", e.ApplicantType ?? "", e.Score, e.Reason)));

    public static byte[] Write(IEnumerable<SelectionCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var text = new StringBuilder();
        AppendRecord(text, Header);
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            AppendRecord(text,
            [
                Number(row.Rank),
                Text(row.ApplicationId),
                Text(row.Outcome),
                Text(row.Municipality),
                Text(row.Neighbourhood),
                Text(row.Organisation),
                Text(row.ApplicantType),
                Number(row.Score),
                Text(row.Reason),
            ]);
        }

        var content = text.ToString();
        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(content)];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(content, 0, content.Length, bytes, preamble.Length);
        return bytes;
    }

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

    static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A text cell, with a leading <c>'</c> when Excel would otherwise read it as a formula.</summary>
    static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;
}
