namespace Aanmelding.Core.Applications;

/// <summary>A coordinator's score: a whole number from <see cref="Min"/> to <see cref="Max"/>, or none (counts as <see cref="Default"/>).</summary>
public static class ScoreScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>The score of an approved application that was given no score.</summary>
    public const int Default = 3;

    public static bool IsValid(int? score) => score is null or (>= Min and <= Max);
}
