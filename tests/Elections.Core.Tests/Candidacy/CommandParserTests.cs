using Elections.Core.Candidacy;
using static Elections.Core.Tests.Candidacy.Nominations;

namespace Elections.Core.Tests.Candidacy;

public sealed class CommandParserTests
{
    private static readonly CommandParser Parser = new(Config);

    [Theory]
    [InlineData("!endorse", CommandKind.Endorse)]
    [InlineData("  !Endorse.  ", CommandKind.Endorse)]
    [InlineData("Great person.\n!endorse\nThanks", CommandKind.Endorse)]
    [InlineData("!endorse\n!unendorse", CommandKind.Unendorse)]
    [InlineData("!unendorse\n!endorse", CommandKind.Endorse)]
    public void Parse_EndorsementCommands_LastWins(string body, CommandKind expected)
    {
        Assert.Equal(expected, Parser.Parse(body).Endorsement);
    }

    [Theory]
    [InlineData("> !endorse")]
    [InlineData("```\n!endorse\n```")]
    [InlineData("~~~\n!accept\n~~~")]
    [InlineData("use `!endorse` to endorse")]
    [InlineData("")]
    public void Parse_QuotedOrCodeOrInline_GivesNoCommand(string body)
    {
        var commands = Parser.Parse(body);

        Assert.True(commands.IsEmpty);
    }

    [Fact]
    public void Parse_CommandInsideASentence_IsAMisplacedHint()
    {
        var commands = Parser.Parse("I don't !endorse this");

        Assert.Null(commands.Endorsement);
        Assert.True(Assert.Single(commands.Hints).Misplaced);
    }

    [Theory]
    [InlineData("!endorce", "!endorse")]
    [InlineData("!endores", "!endorse")]
    [InlineData("!acept", "!accept")]
    [InlineData("!declin", "!decline")]
    public void Parse_Typo_SuggestsTheCommand(string word, string command)
    {
        var hint = Assert.Single(Parser.Parse(word).Hints);

        Assert.Equal((word, command, false), (hint.Word, hint.Command, hint.Misplaced));
    }

    [Theory]
    [InlineData("!ping")]
    [InlineData("!status")]
    [InlineData("Wow!")]
    public void Parse_OtherBangWords_AreNotTypos(string body)
    {
        Assert.True(Parser.Parse(body).IsEmpty);
    }

    [Fact]
    public void Parse_AcceptAndEndorseInOneComment_AreBothRead()
    {
        var commands = Parser.Parse("!accept\n!endorse");

        Assert.Equal((CommandKind.Accept, CommandKind.Endorse), (commands.Acceptance!.Value, commands.Endorsement!.Value));
    }
}
