using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Aanmelding.Core.Web.Assets;

/// <summary><c>GET /assets/{file}</c>: the pages' stylesheets and their licence (<see cref="PageAssets"/>), the same from both hosts.</summary>
public static class AssetEndpoint
{
    public static IResult Handle(HttpContext context, string file)
    {
        var asset = PageAssets.Find(file, out var current);
        if (asset is null)
        {
            return Problems.NotFound("Dit bestand bestaat niet.");
        }

        ResponseHeaders.ForAsset(context.Response, asset.ETag, current);
        return context.Request.Headers[HeaderNames.IfNoneMatch].Contains(asset.ETag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }
}
