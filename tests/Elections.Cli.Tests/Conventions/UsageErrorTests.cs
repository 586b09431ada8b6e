using System.CommandLine;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Conventions;

public sealed class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "foo" }, "elections: unknown command 'foo'. Run 'elections --help' for the commands.")]
    [InlineData(new[] { "stauts" }, "elections: unknown command 'stauts'; did you mean 'status'? Run 'elections --help' for the commands.")]
    [InlineData(new[] { "tally", "x.blt", "-m", "meek", "--seat", "3" }, "elections tally: unknown option '--seat'; did you mean '--seats'? Run 'elections tally --help' for usage and examples.")]
    [InlineData(new[] { "tally", "x.blt", "-m", "meek", "--seats", "abc" }, "elections tally: 'abc' is not a valid value for --seats: give a whole number. Run 'elections tally --help' for usage and examples.")]
    [InlineData(new string[0], "elections: a command is required. Run 'elections --help' for the commands.")]
    public async Task Run_UsageError_ExitsTwoWithOneLineAndAHint(string[] args, string expected)
    {
        var (exit, output, error) = await CliRun.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.TrimEnd('\n', '\r'));
        Assert.Empty(output);
        Assert.DoesNotContain("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EveryCommand_EndsWithExamplesThatRunThatCommand()
    {
        var root = ElectionsCli.Build(TextWriter.Null, TextWriter.Null, TimeProvider.System);
        foreach (var path in Paths(root, []))
        {
            var (exit, output, _) = await CliRun.RunAsync([.. path, "--help"]);
            Assert.Equal(0, exit);
            var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..];
            var command = string.Join(' ', path.Prepend("elections"));
            Assert.Contains($"  {command} ", examples.Replace("ELECTIONS_WEBHOOK_SECRET=... ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string[]> Paths(Command command, string[] prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            string[] path = [.. prefix, sub.Name];
            yield return path;
            foreach (var deeper in Paths(sub, path))
            {
                yield return deeper;
            }
        }
    }
}
