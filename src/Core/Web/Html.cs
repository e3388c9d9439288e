using System.Text.Encodings.Web;

namespace Aanmelding.Core.Web;

/// <summary>HTML encoding for everything user- or configuration-supplied; nothing reaches a page unencoded.</summary>
public static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>Encodes multi-line text and keeps its line breaks.</summary>
    public static string Paragraphs(string? text) =>
        string.Join("<br>", (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Encode));

    public static string Attribute(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
