namespace Elections.Core.Configuration;

/// <summary>
/// Who may vote (nixos-anchor.md §3.1, the NixOS constitution "Vote eligibility"): contributions in a
/// window to the listed organizations, at least N commits in merged pull requests or at least M merges
/// performed; bots and excluded accounts never.
/// </summary>
public sealed record EligibilityRules
{
    /// <summary>Start of the contribution window (included). A plain date means 00:00 UTC.</summary>
    public required DateTimeOffset ContributionsFrom { get; init; }

    /// <summary>End of the contribution window (excluded). A plain date means 00:00 UTC.</summary>
    public required DateTimeOffset ContributionsUntil { get; init; }

    /// <summary>GitHub organizations whose repositories count.</summary>
    public required IReadOnlyList<string> Organizations { get; init; }

    /// <summary>Minimum commits summed over the person's merged pull requests; 0 disables this path.</summary>
    public int MinCommitsInMergedPullRequests { get; init; } = 25;

    /// <summary>Minimum pull requests merged by the person (commit access exercised); 0 disables this path.</summary>
    public int MinMergesPerformed { get; init; } = 1;

    /// <summary>Whether accounts GitHub reports as bots are excluded.</summary>
    public bool ExcludeBots { get; init; } = true;

    /// <summary>Accounts excluded by id, each with a reason.</summary>
    public IReadOnlyList<ExcludedAccount> ExcludedAccounts { get; init; } = [];

    /// <summary>Where new voters' addresses come from (<c>email_sources</c>).</summary>
    public EmailSources EmailSources { get; init; } = new();
}
