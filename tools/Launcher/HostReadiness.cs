namespace Aanmelding.Launcher;

/// <summary>When a started host counts as up.</summary>
public enum HostReadiness
{
    /// <summary><c>/api/health</c> answers 200: storage and the workflow engine answer.</summary>
    Healthy,

    /// <summary><c>/api/health</c> answers with its JSON, whatever its status: the app runs, but may say why it refuses work.</summary>
    Answering,
}
