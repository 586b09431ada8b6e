using Elections.Core.Candidacy;

namespace Elections.Core.Tests.Candidacy;

public sealed class ConflictPairsTests
{
    private static readonly Person Amara = new(1, "amara");
    private static readonly Person Bruno = new(2, "bruno");
    private static readonly Person Chen = new(3, "chen");
    private static readonly Person Dmitri = new(4, "dmitri");
    private static readonly Person Elena = new(5, "elena");

    private static readonly IReadOnlyList<ConflictGroup> Groups =
    [
        new("Acme", [1, 2, 3]),
        new("Foundation", [3, 4, 99]),
    ];

    [Fact]
    public void Among_PeopleSharingGroups_ListsEachPairWithItsGroups()
    {
        var pairs = ConflictPairs.Among([Amara, Bruno, Chen, Dmitri, Elena], [.. Groups, new ConflictGroup("Band", [2, 3])]);

        Assert.Equal(
            ["amara-bruno:Acme", "amara-chen:Acme", "bruno-chen:Acme,Band", "chen-dmitri:Foundation"],
            pairs.Select(p => $"{p.First.Login}-{p.Second.Login}:{string.Join(',', p.Groups)}"));
    }

    [Fact]
    public void GroupsAmong_Candidates_KeepsGroupsWithTwoOrMoreRestrictedToThem()
    {
        var groups = ConflictPairs.GroupsAmong([Amara, Chen, Dmitri], Groups);

        Assert.Equal(["Acme:1,3", "Foundation:3,4"], groups.Select(g => $"{g.Name}:{string.Join(',', g.MemberIds)}"));
        Assert.Empty(ConflictPairs.GroupsAmong([Amara, Elena], Groups));
    }

    [Fact]
    public void IndependenceExplanation_ConflictedEndorsers_CountsTheMaximumAndNamesWhoIsLeftOut()
    {
        var explanation = IndependenceExplanation.Of(Amara, [Bruno, Chen, Dmitri, Elena, Bruno], Groups, required: 4);

        Assert.Equal(5, explanation.People.Count);
        Assert.Equal(3, explanation.Result.Size);
        Assert.False(explanation.Met);
        Assert.Equal(2, explanation.LeftOut.Count);
        Assert.DoesNotContain(Elena, explanation.LeftOut);
        Assert.Equal(4, explanation.Conflicts.Count);
    }
}
