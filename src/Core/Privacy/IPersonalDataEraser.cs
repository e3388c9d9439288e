namespace Aanmelding.Core.Privacy;

/// <summary>
/// Erases one application's personal data from one store. <see cref="ErasureService"/> walks every registered eraser in
/// registration order (<see cref="PrivacyServiceCollectionExtensions"/>); each must be idempotent: erasing what is gone
/// already does nothing, so an erasure interrupted by a crash is finished by running it again.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>The store's name in the audit line (never what was in it).</summary>
    string Store { get; }

    Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken);
}
