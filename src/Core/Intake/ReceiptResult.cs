using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;

namespace Aanmelding.Core.Intake;

/// <summary>What a receipt link opens: the application and its call when the link is valid and both exist.</summary>
public sealed record ReceiptResult(TokenState State, Application? Application = null, CallDefinition? Call = null)
{
    public bool Expired => State == TokenState.Expired;

    public bool Found => Application is not null && Call is not null;
}
