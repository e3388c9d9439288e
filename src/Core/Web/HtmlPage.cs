using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>The one page layout: Dutch, accessible, readable without CSS or JavaScript.</summary>
public static class HtmlPage
{
    const string Style = """
        :root { color-scheme: light; --accent: #00507d; --error: #b00020; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; margin: 0; color: #1a1a1a; background: #f6f7f9; }
        header { background: var(--accent); color: #fff; padding: 1rem 1.5rem; }
        header p { margin: 0; opacity: .9; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
        h1 { font-size: 1.6rem; margin-top: 0; }
        fieldset { border: 1px solid #ccd; border-radius: .4rem; margin: 0 0 1.25rem; padding: 1rem; }
        legend { font-weight: 600; padding: 0 .3rem; }
        .field { margin-bottom: 1rem; }
        label { display: block; font-weight: 600; }
        .hint { color: #555; font-size: .9rem; margin: .1rem 0 .3rem; }
        input[type=text], input[type=email], input[type=tel], input[type=number], select, textarea { width: 100%; padding: .5rem; font: inherit; border: 1px solid #889; border-radius: .3rem; }
        textarea { min-height: 9rem; }
        .choice { display: flex; gap: .5rem; align-items: baseline; font-weight: normal; }
        .error { color: var(--error); font-weight: 600; margin: .2rem 0; }
        .invalid input, .invalid textarea, .invalid select { border-color: var(--error); border-width: 2px; }
        .summary { border: 2px solid var(--error); padding: .75rem 1rem; border-radius: .4rem; margin-bottom: 1rem; }
        .notice { border-left: 4px solid var(--accent); background: #eef5fa; padding: .75rem 1rem; margin-bottom: 1rem; }
        button { font: inherit; padding: .6rem 1.2rem; border: 0; border-radius: .3rem; background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #6b6b6b; }
        button.danger { background: var(--error); }
        dl { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .3rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; border-bottom: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; }
        .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
        footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem; color: #555; font-size: .85rem; }
        """;

    public static string Render(string title, string body, string? subtitle = null) =>
        $"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{Html.Encode(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        <header><strong>Aanmelding</strong>{(subtitle is null ? "" : $"<p>{Html.Encode(subtitle)}</p>")}</header>
        <main>
        {body}
        </main>
        <footer>Platform31 &amp; Nyenrode Business Universiteit</footer>
        </body>
        </html>
        """;

    public static IResult Result(string title, string body, int statusCode = StatusCodes.Status200OK, string? subtitle = null) =>
        Results.Content(Render(title, body, subtitle), "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);

    /// <summary>A short page with one message, for errors and confirmations.</summary>
    public static IResult Message(string title, string message, int statusCode, string? extraHtml = null) =>
        Result(title, $"<h1>{Html.Encode(title)}</h1><p>{Html.Encode(message)}</p>{extraHtml}", statusCode);
}
