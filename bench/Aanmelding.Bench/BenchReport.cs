using System.Globalization;
using System.Text;

namespace Aanmelding.Bench;

/// <summary>The measured numbers of one run, as a Markdown table and one summary line.</summary>
public sealed class BenchReport
{
    public const double IntakeThroughputTarget = 0.5;
    public const double IntakeP99Target = 2.0;
    public const double WorkflowTarget = 0.8;

    public Aanmelding.Launcher.HostKind Host { get; init; }
    public int Submissions { get; init; }
    public bool NoBaseline { get; init; }

    /// <summary>Where the engine baseline ran (<see cref="IBaseline.Where"/>).</summary>
    public string BaselineWhere { get; set; } = "";
    public int Concurrency { get; init; }
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    public bool IntakeOnly { get; init; }
    public LoadResult Floor { get; set; } = null!;
    public LoadResult Intake { get; set; } = null!;
    public double AcknowledgedSeconds { get; set; }
    public double BaselineSeconds { get; set; }
    public int FlowSubmitted { get; set; }
    public int FlowDecided { get; set; }
    public double FlowSeconds { get; set; }
    public double DeadlineSeconds { get; set; }
    public int AcknowledgementsTotal { get; set; }
    public int AcknowledgementsExpected { get; set; }
    public int Outcomes { get; set; }

    double IntakeRatio => Intake.PerSecond / Floor.PerSecond;
    double P99Ratio => Intake.P99 / Floor.P99;
    double WorkflowsPerSecond => FlowSubmitted / FlowSeconds;
    double BaselinePerSecond => Submissions / BaselineSeconds;
    double WorkflowRatio => WorkflowsPerSecond / BaselinePerSecond;

    bool IntakeMet => IntakeRatio >= IntakeThroughputTarget && P99Ratio <= IntakeP99Target;
    bool WorkflowMet => !NoBaseline && WorkflowRatio >= WorkflowTarget;
    bool NothingLost => Intake.Failed == 0 && AcknowledgementsTotal == AcknowledgementsExpected
        && (IntakeOnly || (FlowSubmitted == Submissions && FlowDecided == FlowSubmitted && Outcomes == FlowSubmitted));

    public string Table(string machine)
    {
        var t = new StringBuilder();
        t.AppendLine(Invariant($"{Host}, N = {Submissions}, C = {Concurrency}; {machine}"));
        if (Settings.Count > 0)
        {
            t.AppendLine("settings: " + string.Join(", ", Settings.Select(s => $"{s.Key}={s.Value}")));
        }

        t.AppendLine();
        t.AppendLine("| measure | ours | floor / baseline | ratio | target |");
        t.AppendLine("|---|---:|---:|---:|---|");
        t.AppendLine(Invariant($"| intake: accepted per second | {Intake.PerSecond:0.0} | {Floor.PerSecond:0.0} | {IntakeRatio:0.00} | ≥ {IntakeThroughputTarget:0.0} |"));
        t.AppendLine(Invariant($"| intake: p50 ms | {Intake.P50:0} | {Floor.P50:0} | {Intake.P50 / Floor.P50:0.00} | |"));
        t.AppendLine(Invariant($"| intake: p95 ms | {Intake.P95:0} | {Floor.P95:0} | {Intake.P95 / Floor.P95:0.00} | |"));
        t.AppendLine(Invariant($"| intake: p99 ms | {Intake.P99:0} | {Floor.P99:0} | {P99Ratio:0.00} | ≤ {IntakeP99Target:0.0} |"));
        t.AppendLine(Invariant($"| intake: answers | {Intake.StatusSummary} | {Floor.StatusSummary} | | all 202 |"));
        t.AppendLine(Invariant($"| workflow: s from first submission to every acknowledgement | {AcknowledgedSeconds:0.0} | | | |"));
        if (IntakeOnly)
        {
            t.AppendLine(Invariant($"| e-mails: acknowledgements / expected | {AcknowledgementsTotal} / {AcknowledgementsExpected} | | | equal |"));
            return t.ToString();
        }

        t.AppendLine(NoBaseline
            ? Invariant($"| workflow: full workflows per second | {WorkflowsPerSecond:0.00} | (no baseline) | | ≥ {WorkflowTarget:0.0} |")
            : Invariant($"| workflow: full workflows per second; baseline under {BaselineWhere} | {WorkflowsPerSecond:0.00} | {BaselinePerSecond:0.00} | {WorkflowRatio:0.00} | ≥ {WorkflowTarget:0.0} |"));
        t.AppendLine(Invariant($"| deadline: s from finalising {FlowSubmitted} approved to every outcome e-mail | {DeadlineSeconds:0.0} | | | |"));
        t.AppendLine(Invariant($"| e-mails: acknowledgements / expected, outcomes / expected | {AcknowledgementsTotal} / {AcknowledgementsExpected}, {Outcomes} / {FlowSubmitted} | | | equal |"));
        return t.ToString();
    }

    public string Summary() => IntakeOnly
        ? Invariant($"bench {Host} N={Submissions} C={Concurrency} intake only: intake {IntakeRatio:0.00}× floor throughput, p99 {P99Ratio:0.00}× floor ({(IntakeMet ? "met" : "missed")}); ") +
            Invariant($"acknowledgements all out after {AcknowledgedSeconds:0.0} s; ") + (NothingLost ? "nothing lost" : "LOST OR DUPLICATED MESSAGES")
        : Invariant($"bench {Host} N={Submissions} C={Concurrency}: intake {IntakeRatio:0.00}× floor throughput, p99 {P99Ratio:0.00}× floor ({(IntakeMet ? "met" : "missed")}); ") +
        (NoBaseline ? Invariant($"workflows {WorkflowsPerSecond:0.00}/s (no baseline); ") : Invariant($"workflows {WorkflowRatio:0.00}× engine baseline ({BaselineWhere}; {(WorkflowMet ? "met" : "missed")}); ")) +
        Invariant($"acknowledgements all out after {AcknowledgedSeconds:0.0} s; {FlowSubmitted} outcome e-mails out {DeadlineSeconds:0.0} s after finalising; ") +
        (NothingLost ? "nothing lost" : "LOST OR DUPLICATED MESSAGES");

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
