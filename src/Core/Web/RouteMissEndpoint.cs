using System.Reflection;
using Aanmelding.Core.Calls;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Aanmelding.Core.Web;

/// <summary>
/// What no route takes, answered the same in both hosts: 405 when the path is one of ours but not for this method, 404
/// otherwise; to a browser as a Dutch page (with the page headers, like every other page), to anything else as a
/// problem. LocalHost maps it as its fallback; in Functions a catch-all function that comes after every other route
/// calls it, because the Functions host itself would answer an empty 404.
/// </summary>
public static class RouteMissEndpoint
{
    static readonly IReadOnlyList<TemplateMatcher> Known = typeof(Routes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => new TemplateMatcher(TemplateParser.Parse((string)f.GetRawConstantValue()!), new RouteValueDictionary()))
        .ToList();

    public static IResult Handle(HttpContext context, CallCatalog calls)
    {
        var ours = Known.Any(route => route.TryMatch(context.Request.Path, new RouteValueDictionary()));
        if (!FromBrowser(context.Request))
        {
            return ours ? Problems.MethodNotAllowed() : Problems.NoSuchRoute();
        }

        var toForm = $"<p class=\"utrecht-paragraph\">Naar het aanmeldformulier: {HtmlPage.Link(LinkBuilder.FormPath(calls.Default.Id), calls.Default.Title)}.</p>";
        return ours
            ? HtmlPage.Message(calls.Default, "Dit kan hier niet", "Dit adres bestaat, maar werkt niet op deze manier. Gebruik de link uit de e-mail of het formulier.", StatusCodes.Status405MethodNotAllowed, toForm)
            : HtmlPage.Message(calls.Default, "Niet gevonden", "Dit adres bestaat niet. Controleer de link.", StatusCodes.Status404NotFound, toForm);
    }

    /// <summary>A person's browser: it asks for HTML, or posts a form.</summary>
    static bool FromBrowser(HttpRequest request) =>
        RequestBody.IsForm(request) || RequestBody.IsMultipartForm(request) || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
