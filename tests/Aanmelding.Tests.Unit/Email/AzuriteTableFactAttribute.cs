namespace Aanmelding.Tests.Unit.Email;

/// <summary>A fact that needs the Azurite table emulator from the repository's <c>node_modules</c> (<c>npm ci</c>); skipped when it is not installed.</summary>
public sealed class AzuriteTableFactAttribute : FactAttribute
{
    public AzuriteTableFactAttribute()
    {
        if (AzuriteTable.FindExecutable() is null)
        {
            Skip = "Azurite is not installed: run `npm ci` in the repository root.";
        }
    }
}
