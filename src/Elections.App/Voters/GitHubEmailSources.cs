using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;

namespace Elections.App.Voters;

/// <summary>
/// The e-mail sources of <c>eligibility.email_sources</c> read from GitHub (issue 11 item 3): <c>profile</c>, the public
/// e-mail of the person's profile (GET /users/{login}), and <c>commits</c>, the author e-mails of the commits GitHub links to
/// the person in the merged pull requests counted for them (the most used first; at most <see cref="MaxPullRequests"/> pull
/// requests, the latest, are read). Asked only for the people who still need an address and only for the sources in the
/// order; whether an address may be used (noreply, suppressed, taken) is <see cref="EmailResolution"/>'s to decide.
/// </summary>
public static class GitHubEmailSources
{
    /// <summary>The <c>profile</c> source.</summary>
    public const string Profile = "profile";

    /// <summary>The <c>commits</c> source.</summary>
    public const string Commits = "commits";

    /// <summary>The most pull requests read per person for <c>commits</c>.</summary>
    public const int MaxPullRequests = 5;

    /// <summary>True when the order names a source read from GitHub (a token is then needed).</summary>
    public static bool AreUsed(EmailSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Order.Contains(Profile) || sources.Order.Contains(Commits);
    }

    /// <summary>Reads the GitHub sources of <paramref name="sources"/> for <paramref name="people"/>: source → id → addresses, best first.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<long, IReadOnlyList<string>>>> ReadAsync(
        IGitHub gitHub,
        EmailSources sources,
        IReadOnlyList<Contributor> people,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(people);
        var found = new Dictionary<string, IReadOnlyDictionary<long, IReadOnlyList<string>>>(StringComparer.Ordinal);
        if (sources.Order.Contains(Profile))
        {
            var profiles = new Dictionary<long, IReadOnlyList<string>>();
            foreach (var person in people.Where(p => p.Login.Length > 0))
            {
                var user = await gitHub.Users.GetByLoginAsync(person.Login, cancellationToken).ConfigureAwait(false);
                if (user.Value is { Email: { Length: > 0 } email } account && account.Id == person.Id)
                {
                    profiles[person.Id] = [email];
                }
            }

            found[Profile] = profiles;
        }

        if (sources.Order.Contains(Commits))
        {
            var commits = new Dictionary<long, IReadOnlyList<string>>();
            foreach (var person in people)
            {
                var emails = new List<string>();
                foreach (var pull in person.Authored.OrderByDescending(p => p.MergedAt).Take(MaxPullRequests))
                {
                    if (RepositoryRef.TryParse(pull.Repository, out var repository))
                    {
                        var authors = await gitHub.PullRequests.ListCommitAuthorsAsync(repository, checked((int)pull.Number), cancellationToken).ConfigureAwait(false);
                        emails.AddRange(authors.Where(a => a.AccountId == person.Id && a.Email.Length > 0).Select(a => a.Email));
                    }
                }

                if (emails.Count > 0)
                {
                    commits[person.Id] = [.. emails.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First())];
                }
            }

            found[Commits] = commits;
        }

        return found;
    }
}
