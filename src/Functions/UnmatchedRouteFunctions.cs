using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Aanmelding.Functions;

/// <summary>
/// Every path and method no other function takes, so a miss gets Core's Dutch answer (404, or 405 for one of our
/// paths; a page to a browser) instead of the Functions host's empty 404. The host tries function routes in the order
/// of the functions' names (case-insensitive), first match wins: the name starts with Zz so that it comes after every
/// other (a metadata test checks it).
/// </summary>
public sealed class UnmatchedRouteFunctions(CallCatalog calls)
{
    public const string Name = "ZzUnmatchedRoute";
    public const string Route = "{*path}";

    [Function(Name)]
    public IActionResult UnmatchedRoute([HttpTrigger(AuthorizationLevel.Anonymous, Route = Route)] HttpRequest request) =>
        new HttpResultAdapter(RouteMissEndpoint.Handle(request.HttpContext, calls));
}
