namespace Aanmelding.Core.Workflows;

/// <summary>
/// A request for a sign-in link: its own id, the call, and the coordinator as the opaque reference of
/// <see cref="Office.OfficeTokens.CoordinatorReference"/> (no address in a durable payload).
/// </summary>
public sealed record SignInLinkRequest(string RequestId, string CallId, string CoordinatorReference);
