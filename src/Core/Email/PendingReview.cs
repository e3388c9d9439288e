namespace Aanmelding.Core.Email;

/// <summary>An application a coordinator has not decided on yet, with that coordinator's personal review link.</summary>
public sealed record PendingReview(string ApplicationId, string Organisation, string Municipality, string Neighbourhood, string ReviewUrl);
