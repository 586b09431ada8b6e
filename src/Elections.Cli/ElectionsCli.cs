using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Elections.Cli.Help;
using Elections.Cli.Terminal;
using Elections.Core.Validation;

namespace Elections.Cli;

/// <summary>
/// Builds the <c>elections</c> command tree and runs it with uniform error handling: a command line
/// the parser rejects exits 2 with one line and a hint, bad input exits 2 with every problem
/// printed, other failures exit 1, and stack traces appear only with <c>--verbose</c>.
/// </summary>
internal static class ElectionsCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        CliEnvironment.Use(environment);
        var root = Build(output, error, clock ?? TimeProvider.System);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            await error.WriteLineAsync(TerminalWriter.Paint(error, Tone.Error, UsageError.Describe(parse))).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }

    public static RootCommand Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand("Elections: GitHub-native election automation for open-source organisations");
        root.Options.Add(GlobalOptions.Verbose);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new ExamplesHelpAction((HelpAction)help.Action!);
        }

        foreach (var command in Commands.Registry.All(output, error, clock))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Wraps a command body so that every command reports errors the same way.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Action(
        TextWriter output,
        TextWriter error,
        Func<CommandContext, CancellationToken, Task<int>> body) =>
        async (parse, cancellationToken) =>
        {
            var context = new CommandContext(parse, output, error);
            try
            {
                return await body(context, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidInputException exception)
            {
                foreach (var problem in exception.Problems)
                {
                    await error.WriteLineAsync(TerminalWriter.Paint(error, Tone.Error, problem.ToString())).ConfigureAwait(false);
                }

                if (context.Verbose)
                {
                    await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
                }

                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await error.WriteLineAsync(TerminalWriter.Paint(error, Tone.Error, $"error: {exception.Message}")).ConfigureAwait(false);
                if (context.Verbose)
                {
                    await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
                }
                else
                {
                    await error.WriteLineAsync("(run with --verbose for details)").ConfigureAwait(false);
                }

                return ExitCodes.Failure;
            }
        };
}
