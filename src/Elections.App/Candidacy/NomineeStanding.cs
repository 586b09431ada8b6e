using Elections.Core.Candidacy;

namespace Elections.App.Candidacy;

/// <summary>One line of <c>elections candidates status</c>: a nominee, from a candidate file on the default branch or an open nomination pull request.</summary>
public sealed record NomineeStanding
{
    /// <summary>The nominee's login.</summary>
    public required string Login { get; init; }

    /// <summary>The nominee's numeric id from the roll; null when the login is on no voter.</summary>
    public long? Id { get; init; }

    /// <summary>The nomination pull request; null for a file on the default branch.</summary>
    public int? PullRequest { get; init; }

    /// <summary>The nominator's login; null for a file on the default branch.</summary>
    public string? NominatedBy { get; init; }

    /// <summary>Whether the nominee accepted (a file on the default branch was merged, so accepted).</summary>
    public required bool Accepted { get; init; }

    /// <summary>Whether the candidate form is complete.</summary>
    public required bool FormComplete { get; init; }

    /// <summary>Logins of the endorsements that count.</summary>
    public IReadOnlyList<string> Endorsers { get; init; } = [];

    /// <summary>The most mutually independent people among the nominee and endorsers.</summary>
    public required int Independent { get; init; }

    /// <summary>Confirmed, pending or invalid.</summary>
    public required NominationStatus Status { get; init; }

    /// <summary>What is missing (codes: acceptance, form, endorsements, independence) or, when invalid, why.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}
