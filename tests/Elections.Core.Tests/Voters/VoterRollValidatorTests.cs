using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class VoterRollValidatorTests
{
    private const string Excluded = "config/election.yml excluded_ids";

    private static IReadOnlyList<Problem> Check(params string[] voters) => CheckExcluding([], voters);

    private static IReadOnlyList<Problem> CheckExcluding(long[] excluded, params string[] voters)
    {
        var parsed = VoterRollParser.Parse(RollText.File, RollText.Of(voters));
        Assert.Empty(parsed.Problems);
        return VoterRollValidator.Validate(parsed.Roll, excluded, Excluded);
    }

    private static string Voter(string status, string email = "", string note = "", string id = "1", string login = "a")
    {
        var emailPart = email.Length > 0 ? $", \"email\": \"{email}\"" : "";
        var notePart = note.Length > 0 ? $", \"note\": \"{note}\"" : "";
        var idPart = id.Length > 0 ? $"\"id\": {id}, " : "";
        return $"{{{idPart}\"login\": \"{login}\"{emailPart}, \"source\": {{\"kind\": \"automatic\"}}, \"status\": \"{status}\"{notePart}}}";
    }

    private static void AssertOne(IReadOnlyList<Problem> problems, int line, string field, string message) =>
        ProblemAssert.Only(problems, RollText.File, line, field, message);

    [Theory]
    [InlineData("active", "a@example.org", "")]
    [InlineData("no-email", "", "")]
    [InlineData("bounced", "a@example.org", "bounced 2025-09-01")]
    [InlineData("waived", "", "")]
    [InlineData("waived", "a@example.org", "")]
    [InlineData("access-revoked", "a@example.org", "Q&A rules")]
    [InlineData("account-deleted", "a@example.org", "")]
    public void Validate_ConsistentStatus_NoProblems(string status, string email, string note) =>
        Assert.Empty(Check(Voter(status, email, note)));

    [Theory]
    [InlineData("active", "", "", "voters[0].email", "needs an e-mail")]
    [InlineData("access-revoked", "", "why", "voters[0].email", "needs an e-mail")]
    [InlineData("account-deleted", "", "", "voters[0].email", "needs an e-mail")]
    [InlineData("bounced", "", "why", "voters[0].email", "keeps the address that failed")]
    [InlineData("no-email", "a@example.org", "", "voters[0].status", "remove the address")]
    [InlineData("bounced", "a@example.org", "", "voters[0].note", "needs a note")]
    [InlineData("access-revoked", "a@example.org", "", "voters[0].note", "needs a note")]
    public void Validate_InconsistentStatus_ReportsField(string status, string email, string note, string field, string message) =>
        AssertOne(Check(Voter(status, email, note)), 5, field, message);

    [Theory]
    [InlineData("active", true)]
    [InlineData("account-deleted", false)]
    [InlineData("access-revoked", false)]
    public void Validate_MissingId_OnlyDeletedOrRevokedMayLackIt(string status, bool problem)
    {
        var problems = Check(Voter(status, "a@example.org", "why", id: ""));

        if (problem)
        {
            AssertOne(problems, 5, "voters[0].id", "needs the numeric GitHub id");
        }
        else
        {
            Assert.Empty(problems);
        }
    }

    [Fact]
    public void Validate_DuplicateId_ReportsSecondWithFirstLine() =>
        AssertOne(Check(RollText.Active(9, "a", "a@example.org"), RollText.Active(9, "b", "b@example.org")), 6, "voters[1].id", "already used on line 5");

    [Fact]
    public void Validate_DuplicateEmailIgnoringCase_Reported() =>
        AssertOne(Check(RollText.Active(1, "a", "Same@Example.org"), RollText.Active(2, "b", "same@example.ORG")), 6, "voters[1].email", "already used on line 5");

    [Fact]
    public void Validate_DuplicateLoginIgnoringCase_Reported() =>
        AssertOne(Check(RollText.Active(1, "Amara", "a@example.org"), RollText.Active(2, "amara", "b@example.org")), 6, "voters[1].login", "already used on line 5");

    [Fact]
    public void Validate_AddressCivsRejects_ReportedWithReason() =>
        AssertOne(Check(RollText.Active(1, "a", "a@exämple.org")), 5, "voters[0].email", "internationalised");

    [Fact]
    public void Validate_ExcludedId_NamesTheConfig() =>
        AssertOne(CheckExcluding([9100001], RollText.Active(9100001, "release-bot", "bot@example.org")), 5, "voters[0].id", Excluded);

    [Fact]
    public void Validate_SeveralProblems_AllReportedInFileOrder()
    {
        var problems = CheckExcluding(
            [3],
            RollText.Active(1, "a", "bad address"),
            Voter("no-email", "x@example.org", id: "2", login: "b"),
            RollText.Active(3, "c", "c@example.org"));

        Assert.Equal([5, 6, 7], problems.Select(p => p.Line));
    }
}
