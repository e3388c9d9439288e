using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;

namespace Aanmelding.Core.Privacy;

/// <summary>What the privacy routes need, as one parameter (see <see cref="Intake.IntakeServices"/> for why).</summary>
public sealed record PrivacyServices(CallCatalog Calls, ErasureService Erasure, ReceiptService Receipts, AccessExport Export, AnonymousCounts Counts);
