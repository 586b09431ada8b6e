using System.CommandLine;
using System.Text.RegularExpressions;

namespace Elections.Cli.Help;

/// <summary>
/// A command line the parser rejected, in one line with a hint (no help dump):
/// <c>elections: unknown command 'stauts'; did you mean 'status'? Run 'elections --help' for the commands.</c>
/// </summary>
internal static class UsageError
{
    public static string Describe(ParseResult parse)
    {
        var path = CommandPath.Of(parse);
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.Count > 0 ? parse.UnmatchedTokens[0] : null;
        string message;
        if (unmatched is not null)
        {
            var isOption = unmatched.StartsWith('-');
            var kind = isOption ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            IEnumerable<string> known = isOption
                ? command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            message = $"unknown {kind} '{unmatched}'" + (Closest(unmatched, known) is { } guess ? $"; did you mean '{guess}'?" : "");
        }
        else
        {
            message = parse.Errors.Count > 0 ? Plain(parse.Errors[0].Message) : "invalid command line";
        }

        var what = command.Subcommands.Count > 0 ? "the commands" : "usage and examples";
        var stop = message.EndsWith('?') ? "" : ".";
        return $"{path}: {message}{stop} Run '{path} --help' for {what}.";
    }

    /// <summary>The parser's message in the tool's voice, without .NET type names.</summary>
    private static string Plain(string message)
    {
        var match = Regex.Match(message, "^Cannot parse argument '(?<value>.*)' for (?<what>option|command|argument) '(?<name>[^']*)' as expected type '(?<type>[^']*)'", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (match.Success)
        {
            var type = match.Groups["type"].Value;
            var expected = type.Contains("Int", StringComparison.Ordinal) ? "a whole number" : type.Contains("Bool", StringComparison.Ordinal) ? "true or false" : "another kind of value";
            return $"'{match.Groups["value"].Value}' is not a valid value for {match.Groups["name"].Value}: give {expected}";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return "a command is required";
        }

        message = message.TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }

    /// <summary>The known word closest to <paramref name="word"/> by edit distance, when it is close (at most a third of its length).</summary>
    private static string? Closest(string word, IEnumerable<string> known) =>
        known
            .Select(k => (Word: k, Distance: Distance(word, k)))
            .Where(x => x.Distance <= Math.Max(1, word.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .Select(x => x.Word)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
