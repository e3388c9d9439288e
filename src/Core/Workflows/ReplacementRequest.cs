namespace Aanmelding.Core.Workflows;

/// <summary>
/// A request from the office to replace a selected application that dropped out by the first on the reserve list:
/// the call, the dropped application, and the coordinator who asked as the opaque reference of
/// <see cref="Office.OfficeTokens.CoordinatorReference"/> (no address in a durable payload).
/// </summary>
public sealed record ReplacementRequest(string CallId, string DroppedId, string CoordinatorReference);
