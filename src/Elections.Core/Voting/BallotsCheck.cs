using System.Globalization;
using Elections.Core.Ballots.Formats;
using Elections.Core.Candidacy;
using Elections.Core.Validation;

namespace Elections.Core.Voting;

/// <summary>
/// Checks a downloaded ballots file against the election before it is stored or counted (issue 13 item 4 and
/// "Bad input"): every candidate in the file is on the locked list (by ballot name or login, any case) and every
/// locked candidate is in the file, the file has as many candidates (columns) as the lock-in, there are no more
/// ballots than voters who could vote, and a title, when the file has one, names this election.
/// </summary>
public static class BallotsCheck
{
    /// <summary>Everything wrong with <paramref name="file"/>; empty when it may be imported.</summary>
    /// <param name="file">The ballots as read.</param>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="locked">The lock-in record's candidates.</param>
    /// <param name="voters">How many addresses could vote; 0 when the roll is not known (the check is skipped).</param>
    /// <param name="election">The election's name and slug: a title naming neither is another election's file.</param>
    public static IReadOnlyList<Problem> Check(BallotFile file, string path, IReadOnlyList<LockInCandidate> locked, int voters, (string Name, string Slug) election)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(locked);
        var problems = new List<Problem>();
        var box = file.Ballots;
        var title = box.Title.Trim();
        if (title.Length > 0
            && !title.Contains(election.Name, StringComparison.OrdinalIgnoreCase)
            && !title.Contains(election.Slug, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new Problem(path, 0, "title", $"the file's title \"{title}\" is not this election (\"{election.Name}\", {election.Slug}): is it another election's file?"));
        }

        if (box.Candidates.Count != locked.Count)
        {
            problems.Add(new Problem(path, 0, "candidates", string.Create(
                CultureInfo.InvariantCulture,
                $"the file has {box.Candidates.Count} candidate column(s), the lock-in record has {locked.Count}: download the ballots of this election's poll")));
        }

        var matched = new HashSet<LockInCandidate>();
        foreach (var name in box.Candidates)
        {
            if (TryMatch(name, locked, out var candidate))
            {
                if (!matched.Add(candidate))
                {
                    problems.Add(new Problem(path, 0, name, $"\"{name}\" appears twice for the same locked candidate @{candidate.Login}"));
                }
            }
            else
            {
                problems.Add(new Problem(path, 0, name, $"\"{name}\" is not on the locked candidate list (voting/lock-in.json): was the poll set up with other candidates?"));
            }
        }

        problems.AddRange(locked.Where(c => !matched.Contains(c)).Select(c =>
            new Problem(path, 0, c.Login, $"locked candidate {HandOffSheet.BallotName(c)} (@{c.Login}) is missing from the file")));
        if (voters > 0 && box.TotalWeight > voters)
        {
            problems.Add(new Problem(path, 0, "ballots", string.Create(
                CultureInfo.InvariantCulture,
                $"{box.TotalWeight} ballots but only {voters} voters could vote: this file is not this election's, or the poll let others vote")));
        }

        return problems;
    }

    /// <summary>The locked candidate a file's name stands for: the ballot name or the login, trimmed, any case, an optional leading @.</summary>
    public static bool TryMatch(string name, IReadOnlyList<LockInCandidate> locked, out LockInCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(locked);
        var wanted = name.Trim().TrimStart('@');
        candidate = locked.FirstOrDefault(c =>
            string.Equals(HandOffSheet.BallotName(c), wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Login, wanted, StringComparison.OrdinalIgnoreCase))!;
        return candidate is not null;
    }
}
