namespace Elections.Core.Candidates;

/// <summary>
/// How far a nomination has come, as far as the candidate file shows (docs/candidates.md
/// "States"; nixos-anchor §2.6, §3.4). Endorsements and acceptance live on GitHub, not in the file.
/// </summary>
public enum NominationState
{
    /// <summary>The file is empty: a fresh nomination, no form yet.</summary>
    Nominated,

    /// <summary>The file has front matter, but a required field or the motivation is missing (see <see cref="CandidateFile.MissingFields"/>).</summary>
    FormIncomplete,

    /// <summary>Every required field and a Markdown body (the motivation) are present.</summary>
    FormComplete,
}
