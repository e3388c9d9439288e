using Aanmelding.Core.Web;
using Aanmelding.Core.Web.Assets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Aanmelding.Functions;

/// <summary>The pages' stylesheets, served from Core as LocalHost serves them.</summary>
public static class AssetFunctions
{
    [Function("Asset")]
    public static IActionResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Asset)] HttpRequest request, string file) =>
        new HttpResultAdapter(AssetEndpoint.Handle(request.HttpContext, file));
}
