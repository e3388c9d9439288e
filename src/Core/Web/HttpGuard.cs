using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Web;

/// <summary>
/// Wraps every HTTP handler in both hosts: storage or engine outages become 503 with Retry-After, anything
/// else unexpected a Dutch problem without details. Nothing a client sends should ever reach the catch-all.
/// </summary>
public static partial class HttpGuard
{
    public static async Task<IResult> RunAsync(HttpContext context, Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.StatusCode(499);
        }
        catch (BadHttpRequestException e)
        {
            // The server's own verdict on reading the body (broken chunks, a body shorter than its length): the
            // client's request was broken, which is a 4xx, not our failure.
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.TooLarge(RequestBody.MaxBytes)
                : Problems.Malformed("Het verzoek kwam niet volledig of niet leesbaar aan.");
        }
        catch (Exception e) when (IsOutage(e))
        {
            LogOutage(Logger(context), e.GetType().Name, context.Request.Path);
            context.Response.Headers.RetryAfter = "5";
            return Problems.ServiceUnavailable();
        }
        catch (Exception e)
        {
            LogUnexpected(Logger(context), e, context.Request.Path);
            return Problems.Unexpected();
        }
    }

    /// <summary>Failures of storage or of the durable engine, which a retry a little later heals.</summary>
    public static bool IsOutage(Exception e) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or SocketException or TimeoutException or TaskCanceledException => true,
        AggregateException a => a.InnerExceptions.All(IsOutage),
        _ when e.GetType().Name == "RpcException" => true,
        _ => e.InnerException is not null && IsOutage(e.InnerException),
    };

    static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Aanmelding.Http");

    [LoggerMessage(LogLevel.Warning, "Storage or workflow engine unavailable ({Error}) for {Path}")]
    static partial void LogOutage(ILogger logger, string error, PathString path);

    [LoggerMessage(LogLevel.Error, "Unexpected failure for {Path}")]
    static partial void LogUnexpected(ILogger logger, Exception exception, PathString path);
}
