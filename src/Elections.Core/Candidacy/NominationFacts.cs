using Elections.Core.Candidates;

namespace Elections.Core.Candidacy;

/// <summary>
/// Everything GitHub says about one nomination pull request, read afresh at each event (docs/candidacy.md
/// "Where the truth lives"): author, files changed against the base, timestamps, reviews and comments as
/// they are now. The candidate file at the head is data only (its front matter is the form); nothing from
/// the pull request is executed.
/// </summary>
public sealed record NominationFacts
{
    /// <summary>The pull request number.</summary>
    public required int Number { get; init; }

    /// <summary>Who opened it: the nominator.</summary>
    public required Person Author { get; init; }

    /// <summary>GitHub's <c>created_at</c>: when the nomination was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Open, closed (withdrawn) or merged.</summary>
    public required PullRequestState State { get; init; }

    /// <summary>When it was closed or merged; null while open (actions at or after it are on a closed pull request).</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When it was last reopened (GitHub's <c>reopened</c> event); null when never.</summary>
    public DateTimeOffset? ReopenedAt { get; init; }

    /// <summary>The head commit the check run goes on.</summary>
    public required string HeadSha { get; init; }

    /// <summary>The files changed against the base.</summary>
    public required IReadOnlyList<ChangedFile> Files { get; init; }

    /// <summary>Submitted reviews, in any order.</summary>
    public IReadOnlyList<ReviewFact> Reviews { get; init; } = [];

    /// <summary>Conversation comments as they are now, in any order.</summary>
    public IReadOnlyList<CommentFact> Comments { get; init; } = [];

    /// <summary>The added candidate file as read at the head (the form); null when it could not be read.</summary>
    public CandidateParseResult? HeadFile { get; init; }
}
