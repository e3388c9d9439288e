using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Aanmelding.Bench.Floor;

/// <summary>The floor under the Functions host: one HTTP function doing one Table insert, and a health route for the launcher.</summary>
public sealed class FloorFunctions(TableClient table)
{
    [Function("Floor")]
    public async Task<IActionResult> Insert([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "floor/applications")] HttpRequest request) =>
        new Executed(await FloorInsert.HandleAsync(request.HttpContext, table));

    [Function("FloorHealth")]
    public IActionResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) =>
        new JsonResult(new { status = "ok" });

    sealed class Executed(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
