namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>A readable stream that cannot tell its length, so HttpClient sends it chunked without Content-Length.</summary>
public sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
