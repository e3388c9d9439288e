namespace Aanmelding.Demo;

/// <summary>The demo could not go on; the message is Dutch and shown as is, with LocalHost's last lines if known.</summary>
internal sealed class DemoException : Exception
{
    public DemoException()
    {
    }

    public DemoException(string message)
        : base(message)
    {
    }

    public DemoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DemoException(string message, string? hostOutput)
        : base(message)
    {
        HostOutput = hostOutput;
    }

    public string? HostOutput { get; }
}
