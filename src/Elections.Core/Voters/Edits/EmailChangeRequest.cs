namespace Elections.Core.Voters.Edits;

/// <summary>
/// A pull request that may be a voter's e-mail update, as data (nixos-anchor §3.9): who opened it, which
/// files it changes, the roll text at its head (read through the API, never checked out or run), and
/// GitHub's timestamp of its latest change.
/// </summary>
public sealed record EmailChangeRequest
{
    /// <summary>The author's numeric GitHub id.</summary>
    public required long AuthorId { get; init; }

    /// <summary>The author's login, for messages.</summary>
    public required string AuthorLogin { get; init; }

    /// <summary>Every path the pull request touches (renames give both paths).</summary>
    public required IReadOnlyList<string> ChangedPaths { get; init; }

    /// <summary>The roll at the head commit; empty when it could not be read.</summary>
    public required string HeadRollText { get; init; }

    /// <summary>When GitHub recorded the pull request's latest change (opened or pushed), not a commit date an author can set.</summary>
    public required DateTimeOffset At { get; init; }
}
