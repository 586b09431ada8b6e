using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Elections.Cli.Help;

/// <summary><c>--help</c>: the standard help, then the command's examples (<see cref="CommandExamples"/>).</summary>
internal sealed class ExamplesHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exit = standard.Invoke(parseResult);
        var examples = CommandExamples.For(CommandPath.Of(parseResult));
        if (examples.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example}");
            }

            output.WriteLine();
        }

        return exit;
    }
}
