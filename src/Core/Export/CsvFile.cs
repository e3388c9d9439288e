using System.Globalization;
using CsvHelper;

namespace Aanmelding.Core.Export;

/// <summary>
/// The one CSV writer (RFC 4180, with CsvHelper) for every CSV we produce, so each opens cleanly in Excel with a Dutch
/// locale: UTF-8 with a BOM, <c>;</c> as the separator, CRLF after every record. A field is quoted (inner quotes
/// doubled) when it holds a <c>;</c> or a <c>,</c> (so a spreadsheet that splits on commas keeps it whole too), a
/// quote, CR, LF or spaces at either end; a text cell that a spreadsheet would read as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading <c>'</c> and quotes. A spreadsheet that opens the
/// file with another separator than <c>;</c> starts a cell after every <c>,</c> (or tab) and ignores quotes that do not
/// open a field, so text such as <c>,=1+1,</c> would still become a formula there: inside a text field, a formula
/// character after a <c>,</c>, <c>;</c> or tab (and any spaces) gets the <c>'</c> too (<see cref="Text"/>).
/// </summary>
public static class CsvFile
{
    public const char Separator = ';';

    static readonly CsvWriterOptions Options = new()
    {
        Separator = Separator,
        NewLine = "\r\n",
        WriteByteOrderMark = true,

        // RFC 4180 quotes a field with the separator, a quote, CR or LF; spaces at either end and a comma too, so
        // that neither a reader that trims nor a spreadsheet that splits on commas takes a field apart.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        ShouldQuote = (field, _, _, _) => field.Contains(','),
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
    };

    /// <summary>The header and the records, each a list of cells made with <see cref="Text"/> or <see cref="Number"/>.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);

        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray());
            foreach (var record in records)
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                csv.WriteRecord(record.ToArray());
            }
        }

        return buffer.ToArray();
    }

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// A text cell with a <c>'</c> before every formula character that starts a cell for a reader splitting on <c>,</c>,
    /// <c>;</c> or tab; the start of the field itself is CsvHelper's (<see cref="CsvInjection.Escape"/>).
    /// </summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny(",;\t") < 0)
        {
            return value;
        }

        var text = new System.Text.StringBuilder(value.Length + 4);
        var cellStart = false;
        foreach (var c in value)
        {
            if (cellStart && c is '=' or '+' or '-' or '@' or '\r')
            {
                text.Append('\'');
            }

            cellStart = c is ',' or ';' or '\t' || (cellStart && c == ' ');
            text.Append(c);
        }

        return text.ToString();
    }
}
