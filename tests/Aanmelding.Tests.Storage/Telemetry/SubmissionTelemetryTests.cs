using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows.Activities;
using Aanmelding.Tests.Support;
using OpenTelemetry.Logs;

namespace Aanmelding.Tests.Storage.Telemetry;

/// <summary>
/// What an operator sees of one submission in Application Insights or an OTLP backend: spans and logs that name
/// the application and the call, and nothing of the contact person.
/// </summary>
public sealed class SubmissionTelemetryTests(TracedSubmission submission) : IClassFixture<TracedSubmission>
{
    [Fact]
    public void A_submission_is_a_span_tagged_with_its_application_and_call()
    {
        var span = Assert.Single(submission.SpansNamed("Submit application"));

        Assert.Equal(submission.ApplicationId, span.GetTagItem(AanmeldingTelemetry.ApplicationIdTag));
        Assert.Equal(submission.CallId, span.GetTagItem(AanmeldingTelemetry.CallIdTag));
        Assert.Equal("Accepted", span.GetTagItem(AanmeldingTelemetry.OutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public void The_application_workflow_and_each_of_its_activities_are_spans_tagged_with_the_application()
    {
        foreach (var activity in new[] { nameof(SendAcknowledgement), nameof(RequestReviews) })
        {
            var span = Assert.Single(submission.SpansNamed(activity));
            Assert.Equal(submission.ApplicationId, span.GetTagItem(AanmeldingTelemetry.ApplicationIdTag));
        }

        // The Durable Task SDK's own spans (orchestration, activities) are exported alongside ours.
        Assert.Contains(submission.Spans.Snapshot(), s => s.Source.Name == AanmeldingTelemetry.DurableTaskSourceName);

        // The acknowledgement really went to the contact person: their details passed through the traced code.
        var messages = Directory.GetFiles(submission.OutboxPath, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Contains(messages, m => m.Contains(submission.ContactEmail, StringComparison.Ordinal) && m.Contains(submission.ApplicationId, StringComparison.Ordinal));
    }

    [Fact]
    public void Logs_written_inside_a_span_carry_its_ids_in_their_scope()
    {
        var logs = submission.Logs.Snapshot();
        var accepted = Assert.Single(logs, l => l.CategoryName == "Aanmelding.Core.Intake.SubmissionService" && (l.FormattedMessage ?? "").Contains("accepted", StringComparison.Ordinal));
        Assert.Equal(submission.ApplicationId, ScopeValue(accepted, AanmeldingTelemetry.ApplicationIdTag));
        Assert.Equal(submission.CallId, ScopeValue(accepted, AanmeldingTelemetry.CallIdTag));

        // The mailer knows no application; inside the activity's span its log still names it.
        var sent = Assert.Single(logs, l => l.CategoryName == "Aanmelding.Core.Email.Mailer" && (l.FormattedMessage ?? "").Contains("acknowledgement", StringComparison.Ordinal));
        Assert.Equal(submission.ApplicationId, ScopeValue(sent, AanmeldingTelemetry.ApplicationIdTag));
    }

    [Fact]
    public void No_span_or_log_contains_the_contact_details_or_a_link_token_that_names_them()
    {
        var email = submission.ContactEmail;
        var emailBytes = Encoding.UTF8.GetBytes(email);
        var forbidden = new[]
        {
            email,
            email[..email.IndexOf('@', StringComparison.Ordinal)],
            TracedSubmission.ContactName,
            "Telemetrie-Verbeek",
            TracedSubmission.ContactPhone,
            "0698765432",
            // Receipt and review tokens start with the recipient's address in base64url.
            Base64Url.EncodeToString(emailBytes.AsSpan(0, emailBytes.Length / 3 * 3)),
        };

        var texts = submission.Spans.Snapshot().SelectMany(SpanTexts)
            .Concat(submission.Logs.Snapshot().SelectMany(LogTexts))
            .ToList();

        Assert.True(texts.Count > 50, $"Only {texts.Count} values were exported; the check would prove little.");
        var leaks = texts.Where(t => forbidden.Any(f => t.Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in telemetry:" + Environment.NewLine + string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public void Azure_calls_are_traced_inside_a_submission_and_left_out_when_they_belong_to_no_trace()
    {
        var submit = Assert.Single(submission.SpansNamed("Submit application"));
        var azure = submission.Spans.Snapshot().Where(s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal)).ToList();

        Assert.Contains(azure, s => s.TraceId == submit.TraceId);
        Assert.All(azure, s => Assert.NotEqual(default, s.ParentSpanId));
        Assert.DoesNotContain(azure.SelectMany(SpanTexts), t => t.Contains(submission.ProbeTable, StringComparison.Ordinal));
    }

    static object? ScopeValue(LogRecord record, string key)
    {
        object? found = null;
        record.ForEachScope<object?>((scope, _) =>
        {
            foreach (var item in scope)
            {
                if (item.Key == key)
                {
                    found = item.Value;
                }
            }
        }, null);
        return found;
    }

    static IEnumerable<string> SpanTexts(Activity span)
    {
        yield return span.DisplayName;
        yield return span.StatusDescription ?? "";
        foreach (var tag in span.TagObjects)
        {
            yield return $"{tag.Key}={tag.Value}";
        }

        foreach (var e in span.Events)
        {
            yield return e.Name;
            foreach (var tag in e.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }

        foreach (var item in span.Baggage)
        {
            yield return $"{item.Key}={item.Value}";
        }
    }

    static IEnumerable<string> LogTexts(LogRecord record)
    {
        var texts = new List<string> { record.FormattedMessage ?? "", record.Body ?? "", record.Exception?.ToString() ?? "" };
        foreach (var attribute in record.Attributes ?? [])
        {
            texts.Add($"{attribute.Key}={attribute.Value}");
        }

        record.ForEachScope<object?>((scope, _) =>
        {
            foreach (var item in scope)
            {
                texts.Add($"{item.Key}={item.Value}");
            }
        }, null);
        return texts;
    }
}
