using Elections.Core.Configuration;

namespace Elections.Core.Voters.Generation;

/// <summary>
/// The automatic eligibility rule (issue 11 item 1; constitution "Vote eligibility", nixos-anchor §3.1):
/// a pull request counts when it was merged at an instant in <c>[contributions_from, contributions_until)</c>
/// in a repository whose owner is one of <c>organizations</c> (ignoring case), once however often it is
/// reported. Its author is credited its <c>commits</c>, whoever merged it one merge. Eligible: at least
/// <c>min_commits_in_merged_pull_requests</c> commits or at least <c>min_merges_performed</c> merges (a
/// threshold of 0 disables that path). People are keyed by numeric id; bots (type <c>Bot</c> or a login
/// ending in <c>[bot]</c>, when <c>exclude_bots</c>) and <c>excluded_accounts</c> never appear.
/// </summary>
/// <remarks>
/// Ties, so the result never depends on input order: among copies of one pull request the copy kept is the
/// first by merge time, repository, commits, author and merger. The login kept is the one of the latest
/// appearance, ordering pull requests by merge time, repository, number and key (ordinal), and the author
/// before the merger within one pull request.
/// </remarks>
public static class EligibilityRule
{
    /// <summary>Applies the rule to <paramref name="pullRequests"/> (any order, duplicates allowed).</summary>
    public static EligibilityOutcome Apply(EligibilityRules rules, IEnumerable<MergedPullRequest> pullRequests)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pullRequests);
        var counted = Counted(rules, pullRequests);
        var excluded = rules.ExcludedAccounts.ToDictionary(a => a.Id, a => a.Reason);
        var left = new Dictionary<long, string>();
        var people = new Dictionary<long, Tally>();
        foreach (var pr in counted)
        {
            Credit(rules, excluded, left, people, pr.Author, pr, authored: true);
            Credit(rules, excluded, left, people, pr.MergedBy, pr, authored: false);
        }

        foreach (var id in left.Keys)
        {
            people.Remove(id);
        }

        var contributors = people.Values
            .OrderBy(t => t.Id)
            .Select(t => t.ToContributor(rules))
            .ToList();
        return new EligibilityOutcome(counted, contributors, left);
    }

    /// <summary>True when <paramref name="commits"/> or <paramref name="merges"/> meet a threshold of <paramref name="rules"/>.</summary>
    public static bool MeetsThreshold(EligibilityRules rules, long commits, int merges)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return (rules.MinCommitsInMergedPullRequests > 0 && commits >= rules.MinCommitsInMergedPullRequests)
            || (rules.MinMergesPerformed > 0 && merges >= rules.MinMergesPerformed);
    }

    /// <summary>True when <paramref name="actor"/> is a bot by GitHub's type or by its <c>[bot]</c> login suffix.</summary>
    public static bool IsBot(ContributionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsBot || actor.Login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="pr"/> was merged in the window in one of the organizations.</summary>
    public static bool InScope(EligibilityRules rules, MergedPullRequest pr)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pr);
        return pr.MergedAt >= rules.ContributionsFrom
            && pr.MergedAt < rules.ContributionsUntil
            && rules.Organizations.Contains(pr.Owner, StringComparer.OrdinalIgnoreCase);
    }

    private static List<MergedPullRequest> Counted(EligibilityRules rules, IEnumerable<MergedPullRequest> pullRequests) =>
        pullRequests
            .Where(pr => InScope(rules, pr))
            .GroupBy(pr => pr.Key, StringComparer.Ordinal)
            .Select(copies => copies
                .OrderBy(pr => pr.MergedAt)
                .ThenBy(pr => pr.Repository, StringComparer.Ordinal)
                .ThenBy(pr => pr.Commits)
                .ThenBy(pr => pr.Author?.Id ?? 0)
                .ThenBy(pr => pr.MergedBy?.Id ?? 0)
                .ThenBy(pr => pr.Author?.Login ?? "", StringComparer.Ordinal)
                .ThenBy(pr => pr.MergedBy?.Login ?? "", StringComparer.Ordinal)
                .First())
            .OrderBy(pr => pr.MergedAt)
            .ThenBy(pr => pr.Repository, StringComparer.Ordinal)
            .ThenBy(pr => pr.Number)
            .ThenBy(pr => pr.Key, StringComparer.Ordinal)
            .ToList();

    private static void Credit(
        EligibilityRules rules,
        Dictionary<long, string> excluded,
        Dictionary<long, string> left,
        Dictionary<long, Tally> people,
        ContributionActor? actor,
        MergedPullRequest pr,
        bool authored)
    {
        if (actor is null || actor.Id <= 0)
        {
            return;
        }

        if (excluded.TryGetValue(actor.Id, out var reason))
        {
            left[actor.Id] = $"excluded by the election config: {reason}";
            return;
        }

        if (rules.ExcludeBots && IsBot(actor))
        {
            left[actor.Id] = $"a bot account (@{actor.Login}); exclude_bots is on";
            return;
        }

        if (!people.TryGetValue(actor.Id, out var tally))
        {
            tally = new Tally(actor.Id);
            people.Add(actor.Id, tally);
        }

        tally.Add(actor.Login, pr, authored);
    }

    /// <summary>A person's running totals; appearances arrive sorted, so the last login seen is the most recent.</summary>
    private sealed class Tally(long id)
    {
        private readonly List<MergedPullRequest> _authored = [];
        private readonly List<MergedPullRequest> _merged = [];
        private string _login = "";
        private long _commits;

        public long Id { get; } = id;

        public void Add(string login, MergedPullRequest pr, bool authored)
        {
            if (login.Length > 0)
            {
                _login = login;
            }

            if (authored)
            {
                _authored.Add(pr);
                _commits += Math.Max(0, pr.Commits);
            }
            else
            {
                _merged.Add(pr);
            }
        }

        public Contributor ToContributor(EligibilityRules rules) => new()
        {
            Id = Id,
            Login = _login,
            Commits = _commits,
            Merges = _merged.Count,
            Authored = _authored,
            Merged = _merged,
            Eligible = MeetsThreshold(rules, _commits, _merged.Count),
        };
    }
}
