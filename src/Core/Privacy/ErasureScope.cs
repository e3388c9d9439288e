using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Privacy;

/// <summary>What one erasure covers: one application of one call; the durable client of the host that runs it.</summary>
public sealed record ErasureScope(string CallId, string ApplicationId, DurableTaskClient Durable);
