using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The recorded <see cref="CallState"/> of a call (table Outcomes, row "state" in the call's partition).</summary>
public sealed class CallStateEntity : ITableEntity
{
    public const string Row = "state";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Phase { get; set; } = WireName.Of(CallPhase.Open);
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public int Selected { get; set; }
    public int Reserve { get; set; }
    public int NotSelected { get; set; }

    public CallState ToDomain() => new()
    {
        Phase = WireName.Parse<CallPhase>(Phase),
        ClosedAt = ClosedAt,
        FinalizedAt = FinalizedAt,
        Selected = Selected,
        Reserve = Reserve,
        NotSelected = NotSelected,
    };

    public void Set(CallState state)
    {
        Phase = WireName.Of(state.Phase);
        ClosedAt = state.ClosedAt;
        FinalizedAt = state.FinalizedAt;
        Selected = state.Selected;
        Reserve = state.Reserve;
        NotSelected = state.NotSelected;
    }
}
