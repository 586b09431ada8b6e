namespace Elections.Core.Candidates;

/// <summary>
/// The candidate form's front matter (docs/candidates.md; the 2024 NixOS template in
/// nixos-anchor §2.6): name, GitHub handle, e-mail, optional Discourse and Matrix handles, and the
/// public conflict-of-interest disclosure (constitution "CoI Balance", anchor §3.11).
/// Absent fields are empty strings.
/// </summary>
public sealed record CandidateForm
{
    /// <summary>A form with no fields filled in (an empty candidate file).</summary>
    public static CandidateForm Empty { get; } = new();

    /// <summary>The candidate's name as it should appear on the ballot page.</summary>
    public string Name { get; init; } = "";

    /// <summary>The GitHub handle, without a leading <c>@</c>.</summary>
    public string GitHub { get; init; } = "";

    /// <summary>The public contact address.</summary>
    public string Email { get; init; } = "";

    /// <summary>The Discourse handle (optional).</summary>
    public string Discourse { get; init; } = "";

    /// <summary>The Matrix handle (optional).</summary>
    public string Matrix { get; init; } = "";

    /// <summary>The disclosed conflicts of interest; empty when none are declared or the field is missing.</summary>
    public IReadOnlyList<string> ConflictsOfInterest { get; init; } = [];

    /// <summary>True when the conflicts-of-interest field is filled in (a list, or <c>none</c>).</summary>
    public bool ConflictsDeclared { get; init; }

    /// <summary>The 1-based file line of each field present, keyed by its front-matter name.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();
}
