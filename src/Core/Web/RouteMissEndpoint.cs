using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Aanmelding.Core.Web;

/// <summary>
/// What no route takes, answered the same in both hosts: a Dutch problem, 405 when the path is one of ours but not for
/// this method, 404 otherwise. LocalHost maps it as its fallback; in Functions a catch-all function that comes after
/// every other route calls it, because the Functions host itself would answer an empty 404.
/// </summary>
public static class RouteMissEndpoint
{
    static readonly IReadOnlyList<TemplateMatcher> Known = typeof(Routes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => new TemplateMatcher(TemplateParser.Parse((string)f.GetRawConstantValue()!), new RouteValueDictionary()))
        .ToList();

    public static IResult Handle(HttpContext context) =>
        Known.Any(route => route.TryMatch(context.Request.Path, new RouteValueDictionary()))
            ? Problems.MethodNotAllowed()
            : Problems.NoSuchRoute();
}
