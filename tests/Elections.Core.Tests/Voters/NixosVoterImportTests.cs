using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class NixosVoterImportTests
{
    private static Voter Only(string entry)
    {
        var result = NixosVoterImport.Import("map.json", "{\n  " + entry + "\n}");
        Assert.Empty(result.Unmapped);
        return Assert.Single(result.Voters);
    }

    private static void AssertUnmapped(string entries, int line, string message)
    {
        var result = NixosVoterImport.Import("map.json", "{\n" + entries + "\n}");
        var problem = Assert.Single(result.Unmapped);
        Assert.Equal(("map.json", line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Fixture_MapsEveryVariantAndTheRollValidates()
    {
        var result = NixosVoterImport.Import(NixosMapFixture.File, NixosMapFixture.Text);

        Assert.Empty(result.Unmapped);
        Assert.Equal(NixosMapFixture.Entries, result.Voters.Count);
        Assert.Equal(
            [VoterStatus.Active, VoterStatus.Active, VoterStatus.NoEmail, VoterStatus.NoEmail, VoterStatus.Bounced, VoterStatus.NoEmail, VoterStatus.AccountDeleted, VoterStatus.AccessRevoked],
            result.Voters.Select(v => v.Status));
        Assert.Equal(Enumerable.Range(2, 8), result.Voters.Select(v => v.Line));
        var roll = VoterRollParser.Parse("voters.json", VoterRollWriter.Write(result.Voters));
        Assert.Empty(roll.Problems);
        Assert.Empty(VoterRollValidator.Validate(roll.Roll, [], "config"));
    }

    [Fact]
    public void Import_Fixture_NoticesNameGuessesAndMissingLogins()
    {
        var result = NixosVoterImport.Import(NixosMapFixture.File, NixosMapFixture.Text);

        Assert.Equal([5, 7, 0], result.Notices.Select(n => n.Line));
        Assert.Contains("2 voter(s)", result.Notices[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmailToId_ActiveAutomaticWithoutLogin()
    {
        var voter = Only("\"ana@example.org\": 17");

        Assert.Equal((17L, "", "ana@example.org", VoterStatus.Active, VoterSource.Automatic), (voter.Id!.Value, voter.Login, voter.Email, voter.Status, voter.Source));
    }

    [Fact]
    public void Import_NoKnownEmailPlaceholder_NoEmailWithNoteVerbatim()
    {
        var voter = Only("\"@cleo: No known email, you cannot vote unless one is added with a PR!\": 3");

        Assert.Equal((3L, "cleo", "", VoterStatus.NoEmail), (voter.Id!.Value, voter.Login, voter.Email, voter.Status));
        Assert.Equal("No known email, you cannot vote unless one is added with a PR!", voter.Note);
    }

    [Fact]
    public void Import_BounceNamingAddress_BouncedKeepingIt()
    {
        var voter = Only("\"@eun: OpaVote email sent to eun@example.org bounced (550), please try a different email\": 5");

        Assert.Equal((VoterStatus.Bounced, "eun@example.org"), (voter.Status, voter.Email));
        Assert.StartsWith("OpaVote email sent to", voter.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DeletedAccountValue_AccountDeletedWithoutId()
    {
        var voter = Only("\"gus@example.org\": \"@gus: GitHub account does not exist anymore\"");

        Assert.Equal((null, "gus", "gus@example.org", VoterStatus.AccountDeleted), (voter.Id, voter.Login, voter.Email, voter.Status));
    }

    [Fact]
    public void Import_RevokedValue_AccessRevoked() =>
        Assert.Equal(VoterStatus.AccessRevoked, Only("\"hana@example.org\": \"@hana: Revoked repository access due to rule violations\"").Status);

    [Theory]
    [InlineData("  \"a@example.org\": 1,\n  \"b@example.org\": 1", 3, "id 1 was already imported from line 2")]
    [InlineData("  \"a@example.org\": 1,\n  \"A@Example.org\": 2", 3, "already imported from line 2")]
    [InlineData("  \"a@example.org\": 1,\n  \"a@example.org\": 2", 3, "same key appears on line 2")]
    [InlineData("  \"@ab: x\": 1,\n  \"@AB: y\": 2", 3, "login AB was already imported")]
    [InlineData("  \"a@example.org\": \"12\"", 2, "neither a numeric id")]
    [InlineData("  \"a@example.org\": 1.5", 2, "not a positive whole number")]
    [InlineData("  \"a@example.org\": -3", 2, "not a positive whole number")]
    [InlineData("  \"a@example.org\": null", 2, "the value is null")]
    [InlineData("  \"a@example.org\": [1]", 2, "the value is an array")]
    [InlineData("  \"just-a-name\": 1", 2, "neither an e-mail address")]
    [InlineData("  \"@bad login!: x\": 1", 2, "not \"@login: note\"")]
    [InlineData("  \"@ab: x\": \"@ab: y\"", 2, "needs an e-mail address as its key")]
    [InlineData("  \"a@example.org\": \"@ab: moved to another forge\"", 2, "neither that the account was deleted")]
    public void Import_UnmappableEntry_ReportedWithLine(string entries, int line, string message) =>
        AssertUnmapped(entries, line, message);

    [Theory]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"a\": ", "not valid JSON")]
    [InlineData("", "empty")]
    public void Import_NotAMap_OneProblemNoVoters(string text, string message)
    {
        var result = NixosVoterImport.Import("map.json", text);

        Assert.Empty(result.Voters);
        Assert.Contains(message, Assert.Single(result.Unmapped).Message, StringComparison.Ordinal);
    }
}
