using Aanmelding.Core.Calls;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Web;

/// <summary>A form posted from one of our pages: its fields, or the Dutch page that says why it cannot be read.</summary>
public static class PageForm
{
    public static async Task<(Dictionary<string, StringValues>? Fields, IResult? Refusal)> ReadAsync(HttpContext context, CallDefinition call)
    {
        if (!RequestBody.IsForm(context.Request))
        {
            return (null, HtmlPage.Message(call, "Niet ondersteund", "Gebruik het formulier op de pagina.", StatusCodes.Status415UnsupportedMediaType));
        }

        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return (null, HtmlPage.Message(call, "Te groot", "Het formulier is te groot.", StatusCodes.Status413PayloadTooLarge));
        }

        return RequestBody.TryParseForm(body, out var fields)
            ? (fields, null)
            : (null, HtmlPage.Message(call, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen.", StatusCodes.Status400BadRequest));
    }

    public static string Field(IReadOnlyDictionary<string, StringValues> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value.ToString() : "";
}
