using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Aanmelding.LocalHost;

/// <summary>
/// Applies <c>ASPNETCORE_URLS</c> to Kestrel by hand: LocalHost also listens on a private HTTP/2 port for the
/// durable sidecar, and explicit listen options would otherwise make Kestrel ignore the URLs.
/// </summary>
public static class ListenAddresses
{
    public const string Default = "http://localhost:7071";

    /// <summary>The URLs LocalHost listens on, as configured (<c>ASPNETCORE_URLS</c> or <c>urls</c>).</summary>
    public static string Of(IConfiguration configuration) =>
        configuration["ASPNETCORE_URLS"] ?? configuration["urls"] ?? Default;

    /// <summary>Whether every URL names this machine only (localhost or a loopback address); <c>*</c>, <c>0.0.0.0</c> and host names do not.</summary>
    public static bool AreLoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(url =>
            Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))));

    public static void Apply(KestrelServerOptions kestrel, string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var uri = new Uri(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal));
            if (uri.Scheme != Uri.UriSchemeHttp)
            {
                throw new InvalidOperationException($"LocalHost serves plain http only; '{url}' is not supported.");
            }

            if (uri.IsLoopback && uri.Host == "localhost")
            {
                kestrel.ListenLocalhost(uri.Port, ConfigureHttp1);
            }
            else if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
            {
                if (address.Equals(IPAddress.Any))
                {
                    kestrel.ListenAnyIP(uri.Port, ConfigureHttp1);
                }
                else
                {
                    kestrel.Listen(address, uri.Port, ConfigureHttp1);
                }
            }
            else
            {
                kestrel.ListenAnyIP(uri.Port, ConfigureHttp1);
            }
        }
    }

    static void ConfigureHttp1(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions options) =>
        options.Protocols = HttpProtocols.Http1AndHttp2;
}
