namespace Elections.Core.Candidates;

/// <summary>
/// One <c>candidates/&lt;login&gt;.md</c> file: adding it nominates the voter with that login; its
/// front matter is the candidate form and its Markdown body the motivation and Q&amp;A
/// (docs/candidates.md; nixos-anchor §2.6, §3.2).
/// </summary>
public sealed record CandidateFile
{
    /// <summary>The file as shown to people, e.g. <c>candidates/amara-okafor.md</c>.</summary>
    public required string File { get; init; }

    /// <summary>The nominee's login as the file name gives it (without <c>.md</c>).</summary>
    public required string Login { get; init; }

    /// <summary>The front matter; <see cref="CandidateForm.Empty"/> for an empty file.</summary>
    public required CandidateForm Form { get; init; }

    /// <summary>The Markdown after the front matter (motivation, Q&amp;A); empty when none.</summary>
    public string Body { get; init; } = "";

    /// <summary>The 1-based line the body starts on; 0 when there is no body.</summary>
    public int BodyLine { get; init; }

    /// <summary>How far the nomination has come, as the file shows.</summary>
    public required NominationState State { get; init; }

    /// <summary>The required parts still missing (front-matter names, or <c>motivation</c> for the body); empty when complete.</summary>
    public IReadOnlyList<string> MissingFields { get; init; } = [];
}
