namespace Aanmelding.Launcher;

/// <summary>A host that stopped or never came up; <see cref="Output"/> holds its last lines.</summary>
public sealed class AppHostException(string message, string output) : Exception(message)
{
    public string Output { get; } = output;
}
