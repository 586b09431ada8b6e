namespace Elections.Core.Voters.Edits;

/// <summary>Whether an e-mail update may be merged automatically, and if not, every reason.</summary>
public sealed record EmailChangeVerdict
{
    /// <summary>True when it may be merged.</summary>
    public bool Accepted => Reasons.Count == 0;

    /// <summary>Why not, each a sentence a voter can act on; empty when accepted.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The merge commit title when accepted; empty otherwise.</summary>
    public string CommitTitle { get; init; } = "";
}
