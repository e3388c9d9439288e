using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.LocalExposure;

/// <summary>
/// What LocalHost shows to other machines (issue 14, points 4 and 11): the outbox browser only while listening on
/// loopback (or when asked for) and only to this machine, outbox files for their owner only, the admin key printed
/// once, and the durable engine on a loopback listener of its own, out of reach through the public port. Unix file
/// modes and Linux's /proc: this machine's platform, as the project's.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalHostExposureEndToEndTests
{
    [Fact]
    public async Task Listening_on_every_address_the_outbox_browser_is_not_there_at_all()
    {
        await using var host = await StartOnEveryAddressAsync(outbox: false);

        using var local = await host.Client.GetAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NotFound, local.StatusCode);
        Assert.Contains("map ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turned_on_explicitly_the_outbox_browser_answers_this_machine_and_nobody_else()
    {
        await using var host = await StartOnEveryAddressAsync(outbox: true);
        var outside = OwnNonLoopbackAddress();
        using var fromOutside = new HttpClient { BaseAddress = new Uri($"http://{(outside.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{outside}]" : outside)}:{host.Port}") };

        using var local = await host.Client.GetAsync("/dev/outbox");
        using var remote = await fromOutside.GetAsync("/dev/outbox");
        using var remoteMessage = await fromOutside.GetAsync("/dev/outbox/20180101T000000000-acknowledgement-0000000000.eml");
        using var remoteHealth = await fromOutside.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.OK, remoteHealth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remote.StatusCode);
        Assert.Equal("application/problem+json", remote.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, remoteMessage.StatusCode);
    }

    [Fact]
    public async Task Outbox_files_are_readable_by_their_owner_only_and_the_admin_key_is_printed_only_when_generated()
    {
        var callId = CallConfiguration.NewCallId();

        // A data folder of LocalHost's own, and started again without the launcher's admin key: LocalHost generates one.
        var settings = CallConfiguration.Open(callId);
        settings["AANMELDING_DATA"] = "eigen";
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost, settings);
        host.KillHard();
        host.Set("Admin__ApiKey", null);
        await host.StartAgainAsync();
        var keyFile = Path.Combine(host.DataFolder, "eigen", "admin-key");
        var key = File.ReadAllText(keyFile).Trim();
        Assert.Equal(1, Occurrences(host.Output, key));

        await IntakeApi.SubmitAcceptedAsync(host.Client, callId, IntakeApi.ValidBody(email: "eigenaar@example.org"));
        await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == "eigenaar@example.org");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(host.OutboxPath));
        Assert.NotEmpty(Directory.GetFiles(host.OutboxPath, "*.eml"));
        Assert.All(Directory.GetFiles(host.OutboxPath), file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(keyFile)!));

        // Started again, it says where the key is, not what it is.
        host.KillHard();
        await host.StartAgainAsync();
        Assert.Equal(1, Occurrences(host.Output, key));
        Assert.Contains($"staat in {keyFile}", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_durable_engine_listens_on_loopback_only_and_is_not_reachable_through_the_public_port()
    {
        await using var host = await StartOnEveryAddressAsync(outbox: false);

        var listening = host.ProcessTree().SelectMany(ListeningSockets.Of).ToList();
        var engine = listening.Where(e => e.Port != host.Port).ToList();
        Assert.Contains(listening, e => e.Port == host.Port && !IPAddress.IsLoopback(e.Address));
        Assert.NotEmpty(engine);
        Assert.All(engine, e => Assert.True(IPAddress.IsLoopback(e.Address), $"{e} is not loopback"));

        // The engine answers a gRPC call on its own port; the public port, even when told the engine's host name, does not.
        var sidecar = engine.First();
        using (var direct = await GrpcHelloAsync($"http://127.0.0.1:{sidecar.Port}", host: null))
        {
            Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
            Assert.True(direct.Headers.Contains("grpc-status") || direct.TrailingHeaders.Contains("grpc-status"), "the engine did not answer as gRPC");
        }

        var outside = OwnNonLoopbackAddress();
        using var throughPublic = await GrpcHelloAsync($"http://{(outside.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{outside}]" : outside)}:{host.Port}", host: $"127.0.0.1:{sidecar.Port}");
        Assert.Equal(HttpStatusCode.NotFound, throughPublic.StatusCode);
        Assert.False(throughPublic.Headers.Contains("grpc-status") || throughPublic.TrailingHeaders.Contains("grpc-status"), "the public port answered as the engine");
    }

    /// <summary>LocalHost listening on every address of this machine; the launcher and the test talk to it over loopback.</summary>
    static Task<AppHost> StartOnEveryAddressAsync(bool outbox)
    {
        var port = LoopbackPort.Free();
        var settings = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://0.0.0.0:{port}" };
        if (outbox)
        {
            settings["Dev__Outbox"] = "true";
        }

        return AppHost.StartAsync(HostKind.LocalHost, new AppHostOptions { Storage = TestStorage.ConnectionString, Settings = settings, TaskHub = TestHosts.NewTaskHub("x"), Port = port });
    }

    /// <summary>
    /// The Hello call of the durable sidecar's gRPC service: over HTTP/2 without TLS, as the worker makes it, where a
    /// <paramref name="host"/> is not forged; with a forged host, in whatever HTTP version the port speaks.
    /// </summary>
    static async Task<HttpResponseMessage> GrpcHelloAsync(string baseAddress, string? host)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/TaskHubSidecarService/Hello")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = host is null ? HttpVersionPolicy.RequestVersionExact : HttpVersionPolicy.RequestVersionOrLower,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>An address of this machine other than loopback: a request to it comes from it, as from another machine.</summary>
    static IPAddress OwnNonLoopbackAddress()
    {
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1)
            .ToList();
        Assert.True(addresses.Count > 0, "this machine has no network address but loopback, so no request can come from elsewhere");
        return addresses[0];
    }

    static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
