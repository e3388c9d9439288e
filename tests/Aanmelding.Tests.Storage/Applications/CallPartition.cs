using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Storage.Applications;

/// <summary>
/// A call of one test's own on the run's Azurite, and the application store over it: what a test writes in the call's
/// partition touches no other test's rows.
/// </summary>
public sealed class CallPartition
{
    public string CallId { get; } = "test-" + Guid.NewGuid().ToString("N");

    public ApplicationStore Store { get; }

    public CallPartition()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{CallCatalog.SectionName}:{CallId}:Title"] = "Oproep van deze test" })
            .Build();
        Store = new ApplicationStore(new TableSet(new TableServiceClient(TestStorage.ConnectionString)), new CallCatalog(configuration));
    }
}
