using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// Everything held about one application, for its applicant (AVG right of access): the answers, the consent, the
/// status and history, the outcome once final, and the e-mails sent about it. Reviews are internal until the selection
/// and their scores and notes stay so afterwards (DESIGN §4): the export says how many there are, not what they say.
/// </summary>
public sealed class AccessExport(TableSet tables, TimeProvider time)
{
    public async Task<object> BuildAsync(Application application, CallDefinition call, CancellationToken cancellationToken)
    {
        var sent = await tables.GetAsync(SentEmailTable.TableName);
        var mails = new List<object>();
        await foreach (var row in sent.QueryAsync<TableEntity>(e => e.PartitionKey == application.Id, cancellationToken: cancellationToken))
        {
            mails.Add(new { kind = row.GetString("Kind"), sentAt = row.GetDateTimeOffset("SentAt"), delivered = row.GetBoolean("Delivered") });
        }

        var final = application.Outcome is not null;
        var history = new List<object> { new { at = application.SubmittedAt, what = "ontvangen" } };
        if (application.WithdrawnAt is { } withdrawnAt)
        {
            history.Add(new { at = withdrawnAt, what = "ingetrokken" });
        }

        return new
        {
            exportedAt = time.GetUtcNow(),
            call = new { id = call.Id, title = call.Title, organisers = call.Organisers, contactEmail = call.ContactEmail, privacyNotice = call.PrivacyNoticeUrl },
            id = application.Id,
            status = application.PublicStatus,
            statusText = ApplicationStatusLabels.For(application.PublicStatus),
            submittedAt = application.SubmittedAt,
            withdrawnAt = application.WithdrawnAt,
            consent = application.Consent is { } consent ? new { noticeVersion = consent.NoticeVersion, givenAt = consent.GivenAt } : null,
            answers = application.Form,
            reviews = new { count = application.Reviews.Count, explanation = "Beoordelingen zijn intern: hun oordeel, score en toelichting worden niet gedeeld." },
            outcome = final ? application.Outcome : null,
            outcomeReason = final ? ApplicantOutcome.Explanation(application, call) : null,
            history,
            mailsSent = mails,
            retention = new { afterSelection = call.Retention, afterWithdrawal = call.WithdrawnRetention },
        };
    }
}
