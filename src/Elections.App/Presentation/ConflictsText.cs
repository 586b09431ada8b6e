using System.Text;
using Elections.Core.Candidacy;

namespace Elections.App.Presentation;

/// <summary>How conflict pairs and the independence computation read for the committee (text and JSON shapes).</summary>
public static class ConflictsText
{
    public static string Independence(IndependenceExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder();
        var result = explanation.Result;
        text.Append($"{result.Size} mutually independent of {explanation.People.Count} (nominee {explanation.People[0]} and {explanation.People.Count - 1} endorser(s)); ")
            .Append($"the rule needs {explanation.Required}: {(explanation.Met ? "met" : "not met")}{(result.Exact ? "" : " (a lower bound: too many conflicts to search exactly)")}\n");
        text.Append($"  counted:  {string.Join(", ", explanation.People.Where(p => result.Members.Contains(p.Id)))}\n");
        if (explanation.LeftOut.Count > 0)
        {
            text.Append($"  left out: {string.Join(", ", explanation.LeftOut)}\n");
        }

        text.Append(explanation.Conflicts.Count == 0 ? "  no conflicts among them\n" : Pairs(explanation.Conflicts, "  "));
        return text.ToString();
    }

    public static string Pairs(IReadOnlyList<ConflictPair> pairs, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return pairs.Count == 0
            ? $"{indent}no conflict pairs\n"
            : string.Concat(pairs.Select(p => $"{indent}{p.First} and {p.Second}: {string.Join(", ", p.Groups)}\n"));
    }

    public static object PairJson(ConflictPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new { first = pair.First.Login, second = pair.Second.Login, groups = pair.Groups };
    }

    public static object IndependenceJson(IndependenceExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        string Login(long id) => explanation.People.First(p => p.Id == id).Login;
        return new
        {
            nominee = explanation.People[0].Login,
            endorsers = explanation.People.Skip(1).Select(p => p.Login),
            independent = explanation.Result.Size,
            required = explanation.Required,
            met = explanation.Met,
            exact = explanation.Result.Exact,
            counted = explanation.Result.Members.Select(Login),
            left_out = explanation.LeftOut.Select(p => p.Login),
            conflicts = explanation.Conflicts.Select(PairJson),
        };
    }
}
