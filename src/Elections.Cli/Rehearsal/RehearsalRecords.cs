using Elections.App.Candidacy;
using Elections.Core.Rehearsal;

namespace Elections.Cli.Rehearsal;

/// <summary>One expectation checked after a step: what was expected, whether it held, and what was found.</summary>
internal sealed record CheckResult(string Expected, bool Passed, string Found);

/// <summary>What happened in one step.</summary>
internal sealed record StepResult(ScenarioStep Step, DateTimeOffset At, IReadOnlyList<string> Actions, IReadOnlyList<CheckResult> Checks, string Error)
{
    public bool Passed => Error.Length == 0 && Checks.All(c => c.Passed);
}

/// <summary>What the committee's commands produced during the rehearsal, for the checks and the report.</summary>
internal sealed class RehearsalFacts
{
    /// <summary>The last nomination pull request of each nominee.</summary>
    public Dictionary<string, int> Nominations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Question issues by title.</summary>
    public Dictionary<string, int> Questions { get; } = new(StringComparer.Ordinal);

    /// <summary>Per mailout: messages prepared (every voter who can be mailed) and messages the mail server received.</summary>
    public Dictionary<string, (int Prepared, int Received)> Mailouts { get; } = new(StringComparer.Ordinal);

    public FinaliseReport? Finalised { get; set; }

    /// <summary>The ballot file the voting hand-off produced.</summary>
    public string BallotFile { get; set; } = "";

    public int Ballots { get; set; }

    /// <summary>The winners of the count, in order.</summary>
    public IReadOnlyList<string>? Winners { get; set; }

    /// <summary>The tally report (HTML) of the count.</summary>
    public string ResultReport { get; set; } = "";

    /// <summary>What each publication stage reported, in order (<c>elections results publish</c>).</summary>
    public List<string> Publication { get; } = [];

    /// <summary>The merged results pull request of the election repository, 0 before.</summary>
    public int ResultsPull { get; set; }

    /// <summary>The write-back pull request's number in the governance repository, 0 before the write-back.</summary>
    public int WriteBackPull { get; set; }
}
