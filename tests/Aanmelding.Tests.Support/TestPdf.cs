using System.Globalization;
using System.Text;

namespace Aanmelding.Tests.Support;

/// <summary>
/// Real PDFs for tests, written by hand so their size is exact: one page with a line of text, and an unreferenced
/// stream of padding that makes the file as large as asked. Also the kinds a check must refuse.
/// </summary>
public static class TestPdf
{
    /// <summary>A valid one-page PDF of exactly <paramref name="totalBytes"/> bytes (or its smallest size, when 0).</summary>
    public static byte[] Create(int totalBytes = 0, string text = "Steunbrief van de wethouder")
    {
        var smallest = Build(0, text, encrypt: false).Length;
        if (totalBytes != 0 && totalBytes < smallest + 20)
        {
            throw new ArgumentOutOfRangeException(nameof(totalBytes), $"A test PDF is at least {smallest + 20} bytes.");
        }

        if (totalBytes == 0)
        {
            return Build(0, text, encrypt: false);
        }

        // The padding's length is written as a number in the file: grow it until the whole comes out exact.
        var padding = totalBytes - smallest;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var pdf = Build(padding, text, encrypt: false);
            if (pdf.Length == totalBytes)
            {
                return pdf;
            }

            padding += totalBytes - pdf.Length;
        }

        throw new InvalidOperationException("Could not size the test PDF.");
    }

    /// <summary>A PDF that asks for a password (the standard security handler, a password nobody typed).</summary>
    public static byte[] PasswordProtected() => Build(0, "Geheim", encrypt: true);

    /// <summary>Starts like a PDF and is not one: the header, then nothing a reader can use.</summary>
    public static byte[] Broken() => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthis file was cut off here");

    /// <summary>What a PDF is not: an HTML page named as one, which a browser would run if served inline.</summary>
    public static byte[] HtmlNamedPdf() => Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");

    static byte[] Build(int padding, string text, bool encrypt)
    {
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {padding} >>\nstream\n{new string(' ', padding)}\nendstream",
        };
        if (encrypt)
        {
            objects.Add("<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -4 >>");
        }

        var pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var encryption = encrypt ? $" /Encrypt {objects.Count} 0 R /ID [<{new string('C', 32)}> <{new string('C', 32)}>]" : "";
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
