using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Storage;

/// <summary>Finds an application together with its call; null when either is gone.</summary>
public sealed class ApplicationLookup(ApplicationStore applications, CallCatalog calls)
{
    public async Task<(Application Application, CallDefinition Call)?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var application = ApplicationReference.IsWellFormed(id) ? await applications.FindAsync(id, cancellationToken) : null;
        var call = application is null ? null : calls.Find(application.CallId);
        return application is null || call is null ? null : (application, call);
    }
}
