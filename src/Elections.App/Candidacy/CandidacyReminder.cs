namespace Elections.App.Candidacy;

/// <summary>
/// One reminder of <c>elections candidates remind</c>: a comment on <see cref="Target"/> (a nomination pull request,
/// or the pinned status issue when null) carrying the marker of <see cref="Key"/>, posted once per key.
/// </summary>
public sealed record CandidacyReminder
{
    /// <summary>Once per (repository, pull request, person, reason, phase); also the hidden marker in the comment.</summary>
    public required string Key { get; init; }

    /// <summary>The nomination pull request; null for the pinned status issue.</summary>
    public int? Target { get; init; }

    /// <summary>The comment's Markdown (without the marker).</summary>
    public required string Body { get; init; }
}
