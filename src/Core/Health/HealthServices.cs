using Aanmelding.Core.Configuration;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;

namespace Aanmelding.Core.Health;

/// <summary>
/// What the health route probes and reports, as one parameter: LocalHost binds it per request (<c>[AsParameters]</c>), the
/// Functions class receives it through its constructor.
/// </summary>
public sealed record HealthServices(TableSet Tables, WorkflowSweep Sweep, ConfigurationCheck Configuration);
