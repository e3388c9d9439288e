using System.Text;

namespace Aanmelding.Tests.Unit.Export;

/// <summary>A strict RFC 4180 reader (with a chosen separator) to read back what SelectionCsv writes.</summary>
internal static class CsvTestReader
{
    public static List<List<string>> Parse(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != separator && text[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }

                continue;
            }

            if (text[i] == '"')
            {
                throw new FormatException($"Quote inside an unquoted field at {i}.");
            }

            if (text[i] == separator)
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException($"Bare CR at {i}.");
                }

                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else if (text[i] == '\n')
            {
                throw new FormatException($"Bare LF at {i}.");
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }
}
