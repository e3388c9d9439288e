namespace Aanmelding.Core.Security;

public enum TokenState
{
    Valid,
    Missing,
    Invalid,
    Expired,
}
