namespace Elections.App.Ports.GitHub;

/// <summary>The status of a check run.</summary>
public enum CheckRunStatus
{
    /// <summary>Queued.</summary>
    Queued,

    /// <summary>Running.</summary>
    InProgress,

    /// <summary>Finished (a conclusion is required).</summary>
    Completed,
}

/// <summary>The conclusion of a completed check run.</summary>
public enum CheckRunConclusion
{
    /// <summary>Passed.</summary>
    Success,

    /// <summary>Failed.</summary>
    Failure,

    /// <summary>Neither.</summary>
    Neutral,

    /// <summary>Needs a person.</summary>
    ActionRequired,

    /// <summary>Skipped.</summary>
    Skipped,
}

/// <summary>Create or update a check run.</summary>
public sealed record CheckRunRequest
{
    /// <summary>The name shown in the checks list.</summary>
    public required string Name { get; init; }

    /// <summary>The commit.</summary>
    public required string HeadSha { get; init; }

    /// <summary>The status.</summary>
    public CheckRunStatus Status { get; init; } = CheckRunStatus.Completed;

    /// <summary>Required when completed.</summary>
    public CheckRunConclusion? Conclusion { get; init; }

    /// <summary>The output title.</summary>
    public required string Title { get; init; }

    /// <summary>The output summary (Markdown).</summary>
    public required string Summary { get; init; }

    /// <summary>Longer output text (Markdown); empty for none.</summary>
    public string Text { get; init; } = "";

    /// <summary>Our id for this run (e.g. the effect key), to find it again after a lost answer; empty: a lost answer fails the call.</summary>
    public string ExternalId { get; init; } = "";

    /// <summary>A link to details; empty for none.</summary>
    public string DetailsUrl { get; init; } = "";
}

/// <summary>A check run that exists.</summary>
public sealed record CheckRun
{
    /// <summary>The id.</summary>
    public required long Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The commit.</summary>
    public required string HeadSha { get; init; }

    /// <summary>The web page; empty if GitHub gives none.</summary>
    public string HtmlUrl { get; init; } = "";

    /// <summary>Our id for the run (see <see cref="CheckRunRequest.ExternalId"/>); empty when none.</summary>
    public string ExternalId { get; init; } = "";

    /// <summary>The conclusion when completed; null otherwise (or when not read).</summary>
    public CheckRunConclusion? Conclusion { get; init; }

    /// <summary>The output title; empty when none (or when not read).</summary>
    public string Title { get; init; } = "";

    /// <summary>The output summary; empty when none (or when not read).</summary>
    public string Summary { get; init; } = "";
}

/// <summary>Check runs on commits.</summary>
public interface IGitHubChecks
{
    /// <summary>
    /// POST /repos/{owner}/{repo}/check-runs. With an <see cref="CheckRunRequest.ExternalId"/> (e.g. the effect key), a lost
    /// answer is reconciled by looking for a run with that external id on the commit before sending again.
    /// </summary>
    Task<CheckRun> CreateAsync(RepositoryRef repository, CheckRunRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// GET /repos/{owner}/{repo}/commits/{ref}/check-runs?check_name=…&amp;filter=all, all pages, newest first: the runs with
    /// that name on the commit, made by this App when its id is configured.
    /// </summary>
    Task<IReadOnlyList<CheckRun>> ListForRefAsync(RepositoryRef repository, string gitRef, string checkName, CancellationToken cancellationToken = default);

    /// <summary>PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}.</summary>
    Task<CheckRun> UpdateAsync(RepositoryRef repository, long checkRunId, CheckRunRequest request, CancellationToken cancellationToken = default);
}
