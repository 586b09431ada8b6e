namespace Elections.Core.Candidacy;

/// <summary>
/// The whole judgement of one nomination pull request, recomputed from scratch at every event
/// (issue 10 items 1–3 and 5): who is nominated by whom, what the nominee said, whether the form is
/// complete, which endorsements count and which actions did not (with reasons), independence, the
/// status, what is missing, the check run, the labels and the replies to post.
/// </summary>
public sealed record NominationAssessment
{
    /// <summary>The pull request number.</summary>
    public required int Number { get; init; }

    /// <summary>The nominee's login as the candidate file names it; empty when the pull request adds no candidate file.</summary>
    public required string NomineeLogin { get; init; }

    /// <summary>The nominee's numeric id from the roll; null when the login is on no voter.</summary>
    public long? NomineeId { get; init; }

    /// <summary>Who opened the pull request.</summary>
    public required Person Nominator { get; init; }

    /// <summary>What the nominee said.</summary>
    public required NomineeDecision Decision { get; init; }

    /// <summary>True when <see cref="Decision"/> is <see cref="NomineeDecision.Accepted"/>.</summary>
    public bool Accepted => Decision == NomineeDecision.Accepted;

    /// <summary>True when the candidate file at the head holds a complete, well-formed form.</summary>
    public required bool FormComplete { get; init; }

    /// <summary>What the form still lacks or gets wrong, for people; empty when complete.</summary>
    public IReadOnlyList<string> FormProblems { get; init; } = [];

    /// <summary>The endorsements that count, earliest first.</summary>
    public required IReadOnlyList<Endorsement> Endorsers { get; init; }

    /// <summary>Every action that did not count, with its reason.</summary>
    public required IReadOnlyList<RejectedAction> Rejected { get; init; }

    /// <summary>The largest set of mutually independent people among the nominee and the endorsers.</summary>
    public required IndependenceResult Independence { get; init; }

    /// <summary>True when there are enough endorsers and enough independent people.</summary>
    public required bool EndorsementRuleMet { get; init; }

    /// <summary>What is wrong with the pull request itself; non-empty means the check fails.</summary>
    public required IReadOnlyList<PullRequestProblem> Problems { get; init; }

    /// <summary>Confirmed, pending or invalid.</summary>
    public required NominationStatus Status { get; init; }

    /// <summary>What a valid, open nomination still needs; empty when confirmed or invalid.</summary>
    public required IReadOnlyList<Missing> Missing { get; init; }

    /// <summary>The <c>nomination</c> check run.</summary>
    public required NominationCheck Check { get; init; }

    /// <summary>The labels that belong on the pull request.</summary>
    public required NominationLabels Labels { get; init; }

    /// <summary>Short replies about single actions, at most one per (comment or review, decision).</summary>
    public required IReadOnlyList<NominationReply> Replies { get; init; }
}
