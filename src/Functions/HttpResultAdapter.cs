using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Aanmelding.Functions;

/// <summary>Lets a Core handler's <see cref="IResult"/> travel through the Functions ASP.NET Core integration.</summary>
public sealed class HttpResultAdapter(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);

    public static async Task<IActionResult> From(Task<IResult> result) => new HttpResultAdapter(await result);
}
