using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// Table <c>Erasures</c>: one row per erased application (partition: its call's, hashed), with what may stay because it
/// is anonymous: the reference, when and why it was erased, its status and its gemeente's CBS code.
/// </summary>
public static class ErasureLogTable
{
    public const string Name = "Erasures";

    public static TableEntity Row(Application application, ErasureReason reason, DateTimeOffset at) =>
        new(ApplicationEntity.PartitionFor(application.CallId), application.Id)
        {
            ["ErasedAt"] = at,
            ["Reason"] = WireName.Of(reason),
            ["Status"] = WireName.Of(application.Status),
            ["MunicipalityCode"] = application.MunicipalityCode ?? "",
        };
}
