namespace Aanmelding.Core.Storage;

/// <summary>Where a call is in its life; recorded by the CallWorkflow, read by the review routes.</summary>
public static class CallPhase
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Finalizing = "finalizing";
    public const string Final = "final";

    /// <summary>Once the selection is being computed, decisions can no longer change it.</summary>
    public static bool IsFinalizingOrFinal(string? phase) => phase is Finalizing or Final;
}
