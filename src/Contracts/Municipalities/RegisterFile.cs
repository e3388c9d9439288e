using System.Text.RegularExpressions;

namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// A data file of the register (Data/*.csv): comment lines starting with <c>#</c>, of which <c># key: value</c> lines
/// are metadata, then a header line and rows of two fields separated by <c>;</c> (names hold commas).
/// </summary>
internal sealed partial class RegisterFile
{
    RegisterFile(IReadOnlyDictionary<string, string> metadata, IReadOnlyList<(string First, string Second)> rows)
    {
        Metadata = metadata;
        Rows = rows;
    }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyList<(string First, string Second)> Rows { get; }

    public static RegisterFile Read(string resourceName, string header)
    {
        using var stream = typeof(RegisterFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"The resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string, string)>();
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                if (MetadataLine().Match(line) is { Success: true } match)
                {
                    metadata[match.Groups[1].Value] = match.Groups[2].Value.Trim();
                }
            }
            else if (line.Length == 0)
            {
                continue;
            }
            else if (!headerSeen)
            {
                headerSeen = line == header
                    ? true
                    : throw new InvalidDataException($"{resourceName}:{lineNumber}: expected the header '{header}'.");
            }
            else
            {
                var fields = line.Split(';');
                rows.Add(fields.Length == 2 && fields.All(field => field.Length > 0 && field == field.Trim())
                    ? (fields[0], fields[1])
                    : throw new InvalidDataException($"{resourceName}:{lineNumber}: expected two fields separated by ';'."));
            }
        }

        return new RegisterFile(metadata, rows);
    }

    [GeneratedRegex("^# ([a-z][a-z-]*): (.*)$")]
    private static partial Regex MetadataLine();
}
