namespace Elections.Core.Candidacy;

/// <summary>
/// The pairs in conflict among a set of people (nominee and endorsers for the committee's independence
/// view; the candidates before voting, nixos-anchor §3.3 and §3.11), and the groups that hold two or more of them.
/// </summary>
public static class ConflictPairs
{
    /// <summary>Every pair of <paramref name="people"/> sharing a group, in the people's order; each person counts once.</summary>
    public static IReadOnlyList<ConflictPair> Among(IReadOnlyList<Person> people, IReadOnlyList<ConflictGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(groups);
        var distinct = people.DistinctBy(p => p.Id).ToList();
        var pairs = new List<ConflictPair>();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                var shared = groups
                    .Where(g => g.MemberIds.Contains(distinct[i].Id) && g.MemberIds.Contains(distinct[j].Id))
                    .Select(g => g.Name)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (shared.Count > 0)
                {
                    pairs.Add(new ConflictPair(distinct[i], distinct[j], shared));
                }
            }
        }

        return pairs;
    }

    /// <summary>The groups with at least two of <paramref name="people"/>, restricted to them: what the count's group caps need.</summary>
    public static IReadOnlyList<ConflictGroup> GroupsAmong(IReadOnlyList<Person> people, IReadOnlyList<ConflictGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(groups);
        var ids = people.Select(p => p.Id).ToHashSet();
        return [.. groups
            .Select(g => g with { MemberIds = [.. g.MemberIds.Where(ids.Contains).Distinct()] })
            .Where(g => g.MemberIds.Count >= 2)
            .OrderBy(g => g.Name, StringComparer.Ordinal)];
    }
}
