using Elections.Cli.Terminal;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Conventions;

public sealed class ColourTests
{
    [Theory]
    [InlineData(false, null, "xterm-256color", false, true)]
    [InlineData(true, null, "xterm-256color", false, false)]
    [InlineData(false, "1", "xterm-256color", false, false)]
    [InlineData(false, "", "xterm-256color", false, true)]
    [InlineData(false, null, "dumb", false, false)]
    [InlineData(false, null, "xterm-256color", true, false)]
    public void Enabled_TerminalNoColorDumbJson_OnlyOnAPlainTerminal(bool redirected, string? noColor, string term, bool json, bool expected)
    {
        string[] args = json ? ["status", "--json"] : ["status"];
        Assert.Equal(expected, ColourPolicy.Enabled(redirected, noColor, term, args));
    }

    [Fact]
    public async Task Validate_ColourTerminal_ValidInGreen()
    {
        var (exit, output, _) = await RunColouredAsync("validate", "--repo", SampleRepository.Root());
        Assert.Equal(0, exit);
        Assert.Contains("\u001b[32m", output, StringComparison.Ordinal);
        Assert.EndsWith("valid\u001b[0m", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Problems_EachInRed()
    {
        using var sample = new SampleRepository();
        sample.Replace("config/election.yml", "seats: ", "seats: -");
        var (exit, output, _) = await RunColouredAsync("validate", "--repo", sample.Folder.FullName);
        Assert.Equal(2, exit);
        Assert.All(output.TrimEnd().Split('\n'), line => Assert.StartsWith("\u001b[31m", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UsageError_ColourTerminal_Red_PlainWriter_NoEscapes()
    {
        var (_, _, coloured) = await RunColouredAsync("foo");
        var (_, _, plain) = await CliRun.RunAsync("foo");
        Assert.StartsWith("\u001b[31melections: unknown command", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain);
    }

    private static async Task<(int Exit, string Out, string Error)> RunColouredAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ElectionsCli.RunAsync(args, new TerminalWriter(output, colour: true), new TerminalWriter(error, colour: true));
        return (exit, output.ToString(), error.ToString());
    }
}
