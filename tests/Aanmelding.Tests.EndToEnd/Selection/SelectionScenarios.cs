using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>The whole call played once per host kind, both at the same time, for the selection tests.</summary>
public sealed class SelectionScenarios() : PerHostKind<SelectionScenario>(SelectionScenario.PlayAsync);
