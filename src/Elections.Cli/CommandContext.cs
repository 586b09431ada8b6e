using System.CommandLine;

namespace Elections.Cli;

/// <summary>What a command action gets: the parse result and where to write.</summary>
internal sealed record CommandContext(ParseResult Parse, TextWriter Out, TextWriter Error)
{
    public bool Verbose => Parse.GetValue(GlobalOptions.Verbose);

    public T Get<T>(Option<T> option) => Parse.GetValue(option)!;

    public T Get<T>(Argument<T> argument) => Parse.GetValue(argument)!;
}
