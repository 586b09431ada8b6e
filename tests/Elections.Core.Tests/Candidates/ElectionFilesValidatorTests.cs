using Elections.Core.Candidates;
using Elections.Core.Tests.Voters;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Candidates;

public sealed class ElectionFilesValidatorTests
{
    private static readonly SourceText GoodRoll = new(RollText.File, RollText.Of(RollText.Active(1, "amara", "amara@example.org")));

    [Fact]
    public void Validate_GoodRollAndNomination_Valid()
    {
        var result = ElectionFilesValidator.Validate(GoodRoll, [new SourceText("candidates/amara.md", "")], [], "config", ElectionOfficials.None);

        Assert.True(result.IsValid);
        Assert.Equal(NominationState.Nominated, Assert.Single(result.Candidates).State);
    }

    [Fact]
    public void Validate_ProblemsEverywhere_ReportsAllRollFirstThenCandidatesByFile()
    {
        var roll = new SourceText(RollText.File, RollText.Of(RollText.Active(1, "amara", "amara@example.org"), RollText.Active(9, "bot", "bot@example.org")));
        SourceText[] candidates =
        [
            new("candidates/zed.md", ""),
            new("candidates/amara.md", "---\nnmae: A\n---\n"),
        ];
        Problem[] read = [new("candidates/huge.md", 0, "", "too big")];

        var result = ElectionFilesValidator.Validate(roll, candidates, [9], "config/election.yml excluded_ids", ElectionOfficials.None, read);

        Assert.Equal(
            [("candidates/huge.md", 0), (RollText.File, 6), ("candidates/amara.md", 2), ("candidates/zed.md", 0)],
            result.Problems.Select(p => (p.File, p.Line)));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void WithCandidates_UnreadableRoll_DoesNotBlameEveryNominee()
    {
        Problem[] rollProblem = [new(RollText.File, 0, "", "file not found")];

        var result = ElectionFilesValidator.WithCandidates(new VoterRoll { File = RollText.File, Voters = [] }, [new SourceText("candidates/amara.md", "")], ElectionOfficials.None, rollProblem);

        Assert.Equal(rollProblem, result.Problems);
        Assert.Single(result.Candidates);
    }
}
