using Aanmelding.Contracts;

namespace Aanmelding.Core.Applications;

/// <summary>
/// An application as the system holds it: what was submitted, its state, the current coordinator decision and the
/// outcome. The transitions DESIGN §4 allows are its methods; each returns the changed application and leaves this one
/// as it is, so a store can apply one to the current row and write it back under its ETag.
/// </summary>
/// <remarks>
/// The selection reads each application after marking it (<see cref="StartSelection"/>) with a write under the same
/// ETag that a decision or a withdrawal is written under. So every change is either in before the mark, and then in
/// what the selection reads, or it finds the mark and is refused: no decision is confirmed and then not counted.
/// </remarks>
public sealed record Application
{
    public required string Id { get; init; }
    public required string CallId { get; init; }
    public required ApplicationForm Form { get; init; }

    /// <summary>
    /// The CBS code of the municipality (GM0344), from the call's list; <see cref="ApplicationForm.Municipality"/> holds
    /// its official name. Null only on a row stored before codes were kept.
    /// </summary>
    public string? MunicipalityCode { get; init; }

    public required ApplicationStatus Status { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The consent given with the form (the privacy notice's version and when); null on a row stored before it was kept.</summary>
    public Consent? Consent { get; init; }

    /// <summary>
    /// The version of what was submitted: 1 at submission, one more with each change by the applicant
    /// (<see cref="Change"/>). Each review records the version it was of (<see cref="CoordinatorDecision.Version"/>).
    /// </summary>
    public int Version { get; init; } = 1;

    /// <summary>When the applicant last changed the application; null while it is as first submitted.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>
    /// Each beoordelaar's latest review, kept apart (<see cref="ReviewStanding"/>): a second reviewer never overwrites
    /// the first, and each may revise their own until the selection.
    /// </summary>
    public IReadOnlyList<CoordinatorDecision> Reviews { get; init; } = [];

    /// <summary>
    /// The combined standing of <see cref="Reviews"/> (<see cref="ReviewStanding.Combine"/>): what the selection uses;
    /// internal until the selection is final. <see cref="DecidedBy"/>, <see cref="DecidedAt"/> and
    /// <see cref="DecisionNote"/> are the latest review's.
    /// </summary>
    public Decision? Decision { get; init; }
    public int? Score { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>The final outcome (selected, reserve or not-selected), set once the selection is final.</summary>
    public ApplicationStatus? Outcome { get; init; }
    public int? Rank { get; init; }
    public string? OutcomeReason { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>The selection has read this application: from then on no decision or withdrawal changes it.</summary>
    public bool SelectionStarted { get; init; }

    /// <summary>
    /// After the selection, the replacements this application is part of, oldest first: it took a dropped one's place,
    /// and (then or instead) dropped out itself.
    /// </summary>
    public IReadOnlyList<Replacement> Replacements { get; init; } = [];

    /// <summary>The PDFs sent with the application (their contents are blobs, see <c>Storage.AttachmentStore</c>).</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The replacement in which this application dropped out, if it did.</summary>
    public Replacement? DroppedOut => Replacements.FirstOrDefault(r => r.DroppedId == Id);

    /// <summary>
    /// What the one-per-municipality rule and the duplicate check compare: the CBS code, or for a row without one the
    /// comparison key of its name (<see cref="TextRules.ComparisonKey"/>), kept apart from every code.
    /// </summary>
    public string MunicipalityIdentity => MunicipalityIdentityOf(MunicipalityCode, Form.Municipality);

    /// <summary>A new application under a fresh reference, submitted <paramref name="at"/>, in the municipality with CBS code <paramref name="municipalityCode"/>.</summary>
    public static Application Submit(string callId, ApplicationForm form, string municipalityCode, DateTimeOffset at) => new()
    {
        Id = ApplicationReference.New(),
        CallId = callId,
        Form = form,
        MunicipalityCode = municipalityCode,
        Status = ApplicationStatus.Submitted,
        SubmittedAt = at,
        Consent = new Consent(Consent.CurrentNoticeVersion, at),
    };

    /// <inheritdoc cref="MunicipalityIdentity"/>
    public static string MunicipalityIdentityOf(string? code, string? name) =>
        code is { Length: > 0 } ? code : "name:" + TextRules.ComparisonKey(name ?? "");

    /// <summary>Before the selection: the state is one of review, and the selection has not read it yet.</summary>
    public bool IsUnderReview => !SelectionStarted && HasReviewStatus;

    /// <summary>Withdrawing is allowed under review, and withdrawing again changes nothing.</summary>
    public bool CanBeWithdrawn => IsUnderReview || Status == ApplicationStatus.Withdrawn;

    /// <summary>The status an applicant may see: a decision stays internal, so approved and rejected read as submitted.</summary>
    public ApplicationStatus PublicStatus => HasReviewStatus ? ApplicationStatus.Submitted : Status;

    bool HasReviewStatus => Status is ApplicationStatus.Submitted or ApplicationStatus.Approved or ApplicationStatus.Rejected;

    /// <summary>The applicant may change the application while it is under review (the deadline is the caller's to check).</summary>
    public bool CanBeChanged => IsUnderReview;

    /// <summary>
    /// The applicant's change: the new answers as the next version. The reviews stay, each marked by the version it was
    /// of (<see cref="IsOfEarlierVersion"/>); the same answers again change nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The application is withdrawn, or the selection has read it.</exception>
    public Application Change(ApplicationForm form, string municipalityCode, DateTimeOffset at) =>
        !CanBeChanged ? throw new InvalidOperationException($"Application {Id} is {WireName.Of(Status)} and cannot be changed.")
        : SameAnswers(form, Form) && municipalityCode == MunicipalityCode ? this
        : this with { Form = form, MunicipalityCode = municipalityCode, Version = Version + 1, ChangedAt = at };

    // The form holds lists, which a record compares by reference: the answers are compared as they would be stored.
    static bool SameAnswers(ApplicationForm a, ApplicationForm b) =>
        System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b);

    /// <summary>The review was of a version before the current one: the beoordelaar has not seen the latest answers.</summary>
    public bool IsOfEarlierVersion(CoordinatorDecision review) => review.Version < Version;

    /// <summary>Marks the application as read by the selection; marking it again changes nothing.</summary>
    public Application StartSelection() => SelectionStarted ? this : this with { SelectionStarted = true };

    /// <exception cref="InvalidOperationException">The application has an outcome already.</exception>
    public Application Withdraw(DateTimeOffset at) =>
        Status == ApplicationStatus.Withdrawn ? this
        : CanBeWithdrawn ? this with { Status = ApplicationStatus.Withdrawn, WithdrawnAt = at }
        : throw new InvalidOperationException($"Application {Id} is {WireName.Of(Status)} and cannot be withdrawn.");

    /// <summary>
    /// Records a coordinator's review, of the current version: it replaces that coordinator's earlier one (a revision)
    /// and no one else's, and the application's decision and score become the combined standing of all reviews.
    /// </summary>
    /// <exception cref="InvalidOperationException">The application is no longer under review, or the selection has read it.</exception>
    public Application Decide(CoordinatorDecision decision)
    {
        if (!IsUnderReview)
        {
            throw new InvalidOperationException($"Application {Id} is {WireName.Of(Status)} and cannot be decided.");
        }

        var standing = ReviewStanding.Of([.. Reviews, decision with { Version = Version }]);
        var (combined, score) = standing.Combine();
        return this with
        {
            Reviews = standing.Reviews,
            Status = StatusAfter(combined!.Value),
            Decision = combined,
            Score = score,
            DecidedBy = decision.Coordinator,
            DecidedAt = decision.DecidedAt,
            DecisionNote = decision.Note,
        };
    }

    /// <summary>The state a decision puts an application in.</summary>
    public static ApplicationStatus StatusAfter(Decision decision) =>
        decision == Applications.Decision.Approved ? ApplicationStatus.Approved : ApplicationStatus.Rejected;

    /// <summary>The application as the selection sees it: its state before selection, from the decision and withdrawal
    /// rather than from a status that a retried selection may have overwritten already.</summary>
    public SelectionCandidate AsSelectionCandidate() => new(
        Id,
        MunicipalityIdentity,
        WithdrawnAt is not null ? ApplicationStatus.Withdrawn
            : Decision is { } decision ? StatusAfter(decision)
            : ApplicationStatus.Submitted,
        Decision == Applications.Decision.Approved ? Score : null,
        SubmittedAt)
    {
        MunicipalityName = Form.Municipality,
    };

    /// <summary>
    /// Selected, it drops out after the selection and its place goes to <paramref name="replacement"/>'s reserve: it is
    /// withdrawn, without an outcome or rank; dropping out again with the same replacement changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not selected, or replaced by another application already.</exception>
    public Application DropOut(Replacement replacement) =>
        DroppedOut == replacement ? this
        : Replacement.CanDropOut(this) && replacement.DroppedId == Id ? this with
        {
            Status = ApplicationStatus.Withdrawn,
            Outcome = null,
            Rank = null,
            WithdrawnAt = replacement.At,
            OutcomeReason = $"Afgevallen na de selectie; de plaats is gegaan naar {replacement.ReserveId}, de eerste op de reservelijst.",
            Replacements = [.. Replacements, replacement],
        }
        : throw new InvalidOperationException($"Application {Id} is not selected, or was replaced already.");

    /// <summary>
    /// First on the reserve list, it takes the dropped application's place (and its rank); taking it again with the
    /// same replacement changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not on the reserve list.</exception>
    public Application TakePlace(Replacement replacement) =>
        Replacements.Contains(replacement) ? this
        : Outcome == ApplicationStatus.Reserve && replacement.ReserveId == Id ? this with
        {
            Status = ApplicationStatus.Selected,
            Outcome = ApplicationStatus.Selected,
            Rank = replacement.Rank,
            OutcomeReason = $"Van de reservelijst geselecteerd in plaats van {replacement.DroppedId}, die na de selectie afviel.",
            Replacements = [.. Replacements, replacement],
        }
        : throw new InvalidOperationException($"Application {Id} is not on the reserve list.");

    /// <summary>Takes the selection's outcome for this application; a withdrawn one stays withdrawn, without an outcome.</summary>
    public Application ApplyOutcome(SelectionOutcome outcome) => this with
    {
        Status = outcome.Outcome,
        Outcome = outcome.Outcome == ApplicationStatus.Withdrawn ? null : outcome.Outcome,
        Rank = outcome.Rank,
        OutcomeReason = outcome.Reason,
    };
}
