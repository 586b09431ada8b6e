using Elections.Core.Tally.PostCount;

namespace Elections.Core.Tally.Settings;

/// <summary>
/// The conflict groups an election's own files define (docs/configuration.md,
/// <c>conflicts_of_interest</c>): candidates who declare the same conflict of interest in their
/// candidate files (the same text, ignoring case and runs of spaces) form a group, and at most
/// <c>max_elected_per_group</c> of them may be elected. A candidate file is matched to a ballot
/// name by its <c>name</c>, its <c>github</c> login or its file name; files that match no ballot
/// name are not on the ballot and play no part.
/// </summary>
public static class ElectionConflictGroups
{
    /// <summary>The groups of two or more candidates on the ballot, in order of the conflict text.</summary>
    public static IReadOnlyList<ConflictGroup> From(ElectionCountRules rules, IReadOnlyList<string> ballotCandidates)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(ballotCandidates);
        var members = new SortedDictionary<string, (string Text, List<string> Names)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in rules.Candidates)
        {
            var index = new[] { file.Form.Name, file.Form.GitHub, file.Login }
                .Where(n => n.Length > 0)
                .Select(n => CountSetup.IndexOf(ballotCandidates, n))
                .FirstOrDefault(i => i >= 0, -1);
            if (index < 0)
            {
                continue;
            }

            foreach (var conflict in file.Form.ConflictsOfInterest)
            {
                var key = string.Join(' ', conflict.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (key.Length == 0)
                {
                    continue;
                }

                if (!members.TryGetValue(key, out var group))
                {
                    group = (key, []);
                    members[key] = group;
                }

                if (!group.Names.Contains(ballotCandidates[index], StringComparer.Ordinal))
                {
                    group.Names.Add(ballotCandidates[index]);
                }
            }
        }

        return members.Values
            .Where(g => g.Names.Count >= 2)
            .Select(g => new ConflictGroup { Name = g.Text, Members = g.Names, Max = rules.Config.ConflictsOfInterest.MaxElectedPerGroup })
            .ToArray();
    }
}
