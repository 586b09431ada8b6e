using Elections.App.Announcements;
using Elections.App.Plans;
using Elections.App.Voting;

namespace Elections.App.Effects;

/// <summary>
/// The public result after the results pull request is merged (docs/voting.md "Handlers"): the <c>result</c>
/// announcement on the election's GitHub announcement pull request, the write-back pull request when one is configured,
/// then one reply on the merged pull request linking both. Every step is found again by its marker, so a rerun after a
/// crash finishes the work without doing a step twice.
/// </summary>
public sealed record ResultsPublicationEffect : Effect
{
    /// <summary>The election repository, <c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>The merged results pull request, where the reply goes.</summary>
    public required int PullNumber { get; init; }

    /// <summary>The election's slug.</summary>
    public required string Election { get; init; }

    /// <summary>The team the announcement pull request notifies.</summary>
    public required string VotersTeam { get; init; }

    /// <summary>The <c>result</c> announcement rendered for GitHub.</summary>
    public required RenderedAnnouncement Announcement { get; init; }

    /// <summary>The write-back to propose; null when <c>results.governance_file</c> is not configured.</summary>
    public WriteBackRequest? WriteBack { get; init; }

    /// <summary>Why a configured write-back is not proposed (an elected person without login or term); empty otherwise.</summary>
    public string WriteBackSkipped { get; init; } = "";

    /// <inheritdoc />
    public override string Describe() =>
        $"post the result announcement of {Election} in {Repository}{(WriteBack is { } w ? $", propose the write-back to {w.Repository.FullName}:{w.File.Path}" : "")}, reply on #{PullNumber}";
}
