namespace Elections.Core.Configuration;

/// <summary>
/// The endorsement requirement (nixos-anchor.md §3.3): at least 3 other eligible voters endorse, and
/// among the nominee and endorsers at least 4 people of whom no two share a conflict of interest.
/// </summary>
public sealed record EndorsementRules
{
    /// <summary>Minimum endorsers other than the nominee.</summary>
    public int MinEndorsers { get; init; } = 3;

    /// <summary>Minimum mutually independent people among the nominee and the endorsers.</summary>
    public int MinIndependent { get; init; } = 4;

    /// <summary>The accepted ways to endorse (at least one).</summary>
    public IReadOnlyList<EndorsementChannel> Channels { get; init; } = [EndorsementChannel.Review, EndorsementChannel.Comment];

    /// <summary>The command a comment must contain to count as an endorsement.</summary>
    public string CommentCommand { get; init; } = "!endorse";
}
