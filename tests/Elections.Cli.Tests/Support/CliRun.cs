namespace Elections.Cli.Tests.Support;

/// <summary>Runs the <c>elections</c> command in-process with captured output.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        await RunAtAsync(TimeProvider.System, args);

    public static async Task<(int Exit, string Out, string Error)> RunAtAsync(TimeProvider clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ElectionsCli.RunAsync(args, output, error, clock);
        return (exit, output.ToString(), error.ToString());
    }

    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
