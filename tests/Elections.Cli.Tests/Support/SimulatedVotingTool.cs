using System.Globalization;
using System.Text;

namespace Elections.Cli.Tests.Support;

/// <summary>
/// What OpaVote or CIVS hands back after a poll, simulated: seeded random ballots over the candidate list the export
/// gave the tool, each ranking a random number of candidates in a random order, written in the tool's own download
/// format (OpaVote's BLT with the poll title, CIVS's CSV with a header of names and <c>No opinion</c> for unranked).
/// </summary>
internal sealed class SimulatedVotingTool(IReadOnlyList<string> candidates, int seed)
{
    private const string NoOpinion = "No opinion";

    /// <summary>Draws <paramref name="count"/> ballots: each a ranking (candidate indexes, best first) of one to all candidates.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Ballots(int count)
    {
        var random = new Random(seed);
        var ballots = new List<IReadOnlyList<int>>(count);
        for (var i = 0; i < count; i++)
        {
            var order = Enumerable.Range(0, candidates.Count).ToArray();
            random.Shuffle(order);
            ballots.Add(order[..random.Next(1, candidates.Count + 1)]);
        }

        return ballots;
    }

    /// <summary>OpaVote's BLT download: "candidates seats", one "1 a b c 0" line per ballot, "0", the quoted names, the quoted title.</summary>
    public string Blt(int count, int seats, string title)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} {seats}\n"));
        foreach (var ballot in Ballots(count))
        {
            text.Append("1 ").AppendJoin(' ', ballot.Select(c => c + 1)).Append(" 0\n");
        }

        text.Append("0\n");
        foreach (var name in candidates)
        {
            text.Append('"').Append(name).Append("\"\n");
        }

        return text.Append('"').Append(title).Append("\"\n").ToString();
    }

    /// <summary>CIVS's CSV download: a header of quoted names, then per ballot each candidate's rank (1 best) or "No opinion".</summary>
    public string CivsCsv(int count)
    {
        var text = new StringBuilder().AppendJoin(',', candidates.Select(n => $"\"{n}\"")).Append('\n');
        foreach (var ballot in Ballots(count))
        {
            var cells = Enumerable.Repeat(NoOpinion, candidates.Count).ToArray();
            for (var rank = 0; rank < ballot.Count; rank++)
            {
                cells[ballot[rank]] = (rank + 1).ToString(CultureInfo.InvariantCulture);
            }

            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }
}
