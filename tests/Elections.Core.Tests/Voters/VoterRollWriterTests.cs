using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class VoterRollWriterTests
{
    [Fact]
    public void Write_ThenParse_GivesTheSameVotersOneLineEach()
    {
        Voter[] voters =
        [
            new() { Id = 1, Login = "amara", Email = "amara@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Active },
            new() { Id = 2, Login = "bo", Source = VoterSource.Exception("runs the \"meetups\" & more"), Status = VoterStatus.NoEmail, Note = "Café, 2025" },
            new() { Login = "cy", Email = "cy@example.net", Source = VoterSource.Automatic, Status = VoterStatus.AccountDeleted },
        ];

        var text = VoterRollWriter.Write(voters);
        var parsed = VoterRollParser.Parse("voters.json", text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(voters.Select((v, i) => v with { Line = 5 + i }), parsed.Roll.Voters);
        Assert.Contains("\"note\": \"Café, 2025\"", text, StringComparison.Ordinal);
        Assert.EndsWith("  ]\n}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoVoters_IsAValidEmptyRoll()
    {
        var parsed = VoterRollParser.Parse("voters.json", VoterRollWriter.Write([]));

        Assert.Empty(parsed.Problems);
        Assert.Empty(parsed.Roll.Voters);
    }
}
