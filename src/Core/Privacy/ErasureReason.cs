namespace Aanmelding.Core.Privacy;

/// <summary>Why an application was erased, as the audit line records it.</summary>
public enum ErasureReason
{
    /// <summary>The applicant asked; the programme office or an admin erased it.</summary>
    Request,

    /// <summary>The call's retention period passed (<c>Retention</c>, <c>WithdrawnRetention</c>).</summary>
    Retention,
}
