namespace Aanmelding.Core.Intake;

/// <summary>The application form as a change (<see cref="FormPage.Render"/>): where it posts, and the version it shows.</summary>
public sealed record ChangeForm(string ApplicationId, string Action, int Version);
