namespace Aanmelding.LocalHost;

/// <summary>Storage did not answer at start: LocalHost says so in one line instead of a stack trace.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
