using Elections.Core.Candidacy;

namespace Elections.Core.Tests.Candidacy;

public sealed class IndependenceTests
{
    [Fact]
    public void Maximum_NoGroups_EveryoneCountsOnce()
    {
        var result = Independence.Maximum([1, 2, 3, 3], []);

        Assert.Equal((3, true), (result.Size, result.Exact));
        Assert.Equal([1L, 2, 3], result.Members);
    }

    [Fact]
    public void Maximum_OverlappingGroups_FindsTheExactMaximum()
    {
        // 1-2 share A, 2-3 share B, 3-4 share C: a path; the best set is {1, 3} or {2, 4} or {1, 4}: size 2, plus 5 who is free.
        ConflictGroup[] groups = [new("A", [1, 2]), new("B", [2, 3]), new("C", [3, 4])];

        var result = Independence.Maximum([1, 2, 3, 4, 5], groups);

        Assert.Equal(3, result.Size);
        AssertIndependent(result.Members, groups);
    }

    [Fact]
    public void Maximum_GroupMembersNotAmongThePeople_AreIgnored()
    {
        Assert.Equal(2, Independence.Maximum([1, 2], [new("A", [1, 99]), new("B", [2, 98])]).Size);
    }

    [Fact]
    public void Maximum_RandomGraphs_AgreeWithBruteForce()
    {
        var random = new Random(20261206);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(1, 13);
            var people = Enumerable.Range(1, n).Select(i => (long)i).ToList();
            var groups = Enumerable.Range(0, random.Next(0, 8))
                .Select(g => new ConflictGroup($"g{g}", people.Where(_ => random.Next(4) == 0).ToList()))
                .ToList();

            var result = Independence.Maximum(people, groups);

            Assert.True(result.Exact);
            Assert.Equal(BruteForce(people, groups), result.Size);
            AssertIndependent(result.Members, groups);
        }
    }

    [Fact]
    public void Maximum_ThirtyPeopleInACycleOfConflicts_IsHalf()
    {
        // 30 people, each in conflict with the next (a 30-cycle): the maximum independent set is exactly 15.
        var people = Enumerable.Range(1, 30).Select(i => (long)i).ToList();
        var groups = Enumerable.Range(0, 30).Select(i => new ConflictGroup($"pair{i}", [people[i], people[(i + 1) % 30]])).ToList();

        var result = Independence.Maximum(people, groups);

        Assert.Equal((15, true), (result.Size, result.Exact));
        AssertIndependent(result.Members, groups);
    }

    [Fact]
    public void Maximum_TenGroupsOfThreeAmongThirtyPeople_TakesOneFromEach()
    {
        var people = Enumerable.Range(1, 30).Select(i => (long)i).ToList();
        var groups = Enumerable.Range(0, 10).Select(g => new ConflictGroup($"employer{g}", people.Skip(3 * g).Take(3).ToList())).ToList();

        Assert.Equal(10, Independence.Maximum(people, groups).Size);
    }

    private static void AssertIndependent(IReadOnlyList<long> members, IReadOnlyList<ConflictGroup> groups)
    {
        foreach (var group in groups)
        {
            Assert.True(members.Count(group.MemberIds.Contains) <= 1, $"two members of {group.Name} in {string.Join(",", members)}");
        }
    }

    private static int BruteForce(List<long> people, List<ConflictGroup> groups)
    {
        var best = 0;
        for (var mask = 0; mask < 1 << people.Count; mask++)
        {
            var chosen = people.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (groups.All(g => chosen.Count(g.MemberIds.Contains) <= 1))
            {
                best = Math.Max(best, chosen.Count);
            }
        }

        return best;
    }
}
