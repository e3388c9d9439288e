namespace Aanmelding.Core.Email;

/// <summary>How many applications came from one gemeente.</summary>
public sealed record MunicipalityCount(string Municipality, int Count);
