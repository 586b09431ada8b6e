using Elections.Core.Configuration;
using Elections.Core.Validation;

namespace Elections.Core.Candidacy;

/// <summary>
/// Reads candidacy commands from a comment (nixos-anchor appendix A2: the anchor matched a case-sensitive
/// substring, so "don't !endorse" counted and "!endorce" was silently ignored). A command is the first word
/// of a line, ignoring case and trailing punctuation; quoted lines (<c>&gt;</c>) and fenced code are not read.
/// A word starting with <c>!</c> within a small edit distance of a command is a typo; the command itself
/// elsewhere in a line is misplaced; both get a hint instead of counting.
/// </summary>
public sealed class CommandParser
{
    /// <summary>The fixed decline command.</summary>
    public const string DeclineCommand = "!decline";

    private readonly IReadOnlyList<(string Word, CommandKind Kind)> _commands;

    /// <summary>A parser for the commands configured in <paramref name="config"/>.</summary>
    public CommandParser(ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var endorse = config.Endorsements.CommentCommand;
        _commands =
        [
            (config.Nominations.AcceptCommand, CommandKind.Accept),
            (DeclineCommand, CommandKind.Decline),
            (endorse, CommandKind.Endorse),
            (UnendorseCommand(endorse), CommandKind.Unendorse),
        ];
    }

    /// <summary>The retraction command for an endorse command: <c>!endorse</c> → <c>!unendorse</c>.</summary>
    public static string UnendorseCommand(string endorseCommand)
    {
        ArgumentNullException.ThrowIfNull(endorseCommand);
        return "!un" + endorseCommand.TrimStart('!');
    }

    /// <summary>The command word of <paramref name="kind"/> as configured.</summary>
    public string WordFor(CommandKind kind) => _commands.First(c => c.Kind == kind).Word;

    /// <summary>Reads every command and near-miss in <paramref name="body"/>.</summary>
    public CommentCommands Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        CommandKind? acceptance = null;
        CommandKind? endorsement = null;
        var hints = new List<CommandHint>();
        foreach (var line in ReadableLines(body))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i].TrimEnd('.', ',', ';', ':', '!', '?', ')');
                if (word.Length < 2 || word[0] != '!')
                {
                    continue;
                }

                if (TryFind(word, out var kind))
                {
                    if (i > 0)
                    {
                        AddHint(hints, new CommandHint(word, WordFor(kind), Misplaced: true));
                    }
                    else if (kind is CommandKind.Accept or CommandKind.Decline)
                    {
                        acceptance = kind;
                    }
                    else
                    {
                        endorsement = kind;
                    }
                }
                else if (EditDistance.TrySuggest(word, _commands.Select(c => c.Word), out var suggestion) && IsClose(word, suggestion))
                {
                    AddHint(hints, new CommandHint(word, suggestion, Misplaced: false));
                }
            }
        }

        return new CommentCommands(acceptance, endorsement, hints);
    }

    private bool TryFind(string word, out CommandKind kind)
    {
        foreach (var (command, commandKind) in _commands)
        {
            if (string.Equals(word, command, StringComparison.OrdinalIgnoreCase))
            {
                kind = commandKind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static bool IsClose(string word, string command) =>
        EditDistance.Between(word.ToLowerInvariant(), command.ToLowerInvariant()) <= Math.Min(2, Math.Max(1, command.Length / 4));

    private static void AddHint(List<CommandHint> hints, CommandHint hint)
    {
        if (!hints.Any(h => string.Equals(h.Word, hint.Word, StringComparison.OrdinalIgnoreCase)))
        {
            hints.Add(hint);
        }
    }

    private static IEnumerable<string> ReadableLines(string body)
    {
        var fence = "";
        foreach (var raw in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            var marker = line.StartsWith("```", StringComparison.Ordinal) ? "```" : line.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : "";
            if (marker.Length > 0)
            {
                fence = fence.Length == 0 ? marker : fence == marker ? "" : fence;
                continue;
            }

            if (fence.Length == 0 && !line.StartsWith('>'))
            {
                yield return line;
            }
        }
    }
}
