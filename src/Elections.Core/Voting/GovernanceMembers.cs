using System.Globalization;
using System.Text;
using Elections.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Voting;

/// <summary>One member of a governance file in the <c>yaml-members</c> format.</summary>
/// <param name="Login">The GitHub login.</param>
/// <param name="Name">The person's name (may be empty).</param>
/// <param name="TermEnds">The day the term ends.</param>
public sealed record GovernanceMember(string Login, string Name, DateOnly TermEnds);

/// <summary>The governance file after the write-back, and what changed.</summary>
/// <param name="Text">The new file text.</param>
/// <param name="Members">The members it lists, in order.</param>
/// <param name="Added">The winners added (or whose term was renewed).</param>
/// <param name="Removed">The members removed because their term ended.</param>
public sealed record GovernanceUpdate(string Text, IReadOnlyList<GovernanceMember> Members, IReadOnlyList<GovernanceMember> Added, IReadOnlyList<GovernanceMember> Removed);

/// <summary>
/// The <c>yaml-members</c> governance file (issue 13 item 7): a YAML list of <c>{login, name, term_ends}</c>. The
/// write-back removes every member whose term ends on or before the new terms' start, and adds each winner with the
/// term end <c>start + term_years</c>; a re-elected member's entry is replaced. Members are listed by term end, then login.
/// </summary>
public static class GovernanceMembers
{
    /// <summary>Reads the members of <paramref name="text"/>; bad input (file:line: field: message) when it is not such a list.</summary>
    public static IReadOnlyList<GovernanceMember> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException(new Problem(file, checked((int)e.Start.Line), "members", $"not valid YAML: {e.Message}"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new InvalidInputException(new Problem(file, 1, "members", "expected a YAML list of members ({login, name, term_ends})"));
        }

        var problems = new List<Problem>();
        var members = new List<GovernanceMember>();
        foreach (var (node, index) in list.Children.Select((n, i) => (n, i)))
        {
            var line = checked((int)node.Start.Line);
            var field = $"[{index}]";
            if (node is not YamlMappingNode item)
            {
                problems.Add(new Problem(file, line, field, "expected a member {login, name, term_ends}"));
                continue;
            }

            var login = Scalar(item, "login");
            var ends = Scalar(item, "term_ends");
            if (login.Length == 0)
            {
                problems.Add(new Problem(file, line, field + ".login", "missing: write login: <GitHub login>"));
            }

            if (!DateOnly.TryParseExact(ends, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new Problem(file, line, field + ".term_ends", $"wrong value \"{ends}\": write the date as YYYY-MM-DD"));
            }

            members.Add(new GovernanceMember(login, Scalar(item, "name"), date));
        }

        return problems.Count > 0 ? throw new InvalidInputException(problems) : members;
    }

    /// <summary>The file with the members whose term ended removed and <paramref name="winners"/> (login, name, term years) added.</summary>
    public static GovernanceUpdate Apply(string text, string file, IReadOnlyList<(string Login, string Name, int TermYears)> winners, DateOnly termStart)
    {
        ArgumentNullException.ThrowIfNull(winners);
        var current = Parse(text, file);
        var added = winners.Select(w => new GovernanceMember(w.Login, w.Name, termStart.AddYears(w.TermYears))).ToList();
        var elected = added.Select(w => w.Login).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var removed = current.Where(m => m.TermEnds <= termStart && !elected.Contains(m.Login)).ToList();
        var members = current.Where(m => m.TermEnds > termStart && !elected.Contains(m.Login)).Concat(added)
            .OrderBy(m => m.TermEnds).ThenBy(m => m.Login, StringComparer.OrdinalIgnoreCase).ToList();
        return new GovernanceUpdate(Render(members), members, added, removed);
    }

    /// <summary>The file text for <paramref name="members"/>.</summary>
    public static string Render(IReadOnlyList<GovernanceMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var text = new StringBuilder();
        foreach (var member in members)
        {
            text.Append("- login: ").Append(Quoted(member.Login)).Append('\n')
                .Append("  name: ").Append(Quoted(member.Name)).Append('\n')
                .Append("  term_ends: ").Append(member.TermEnds.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.Length == 0 ? "[]\n" : text.ToString();
    }

    private static string Scalar(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text.Trim() : "";

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
