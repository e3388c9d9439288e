using System.Net;
using System.Net.Sockets;

namespace Aanmelding.Launcher;

/// <summary>Ports on 127.0.0.1.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now (the system's choice).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
