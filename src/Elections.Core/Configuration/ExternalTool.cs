namespace Elections.Core.Configuration;

/// <summary>
/// Where ballots are collected when the election hands off to an outside service
/// (nixos-anchor.md §5.2: OpaVote collected the 2024 ballots, CIVS counted them).
/// </summary>
public enum ExternalTool
{
    /// <summary>No hand-off: the project's own tally counts the ballots.</summary>
    None,

    /// <summary>OpaVote collects ballots; the tally recounts the downloaded BLT file.</summary>
    OpaVote,

    /// <summary>CIVS collects ballots; the tally recounts the downloaded CIVS file.</summary>
    Civs,
}
