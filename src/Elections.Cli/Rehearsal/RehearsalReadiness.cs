using Elections.Core.Configuration;
using Elections.Core.Validation;

namespace Elections.Cli.Rehearsal;

/// <summary>A configuration that cannot be rehearsed: its dates leave no nomination window (or no voting window).</summary>
internal static class RehearsalReadiness
{
    public static void Check(ElectionConfig config, string configFile)
    {
        var timeline = config.Timeline;
        var problems = new List<Problem>();
        if (timeline.NominationsClose.Utc <= timeline.Kickoff.Utc)
        {
            problems.Add(new Problem(configFile, LineOf(configFile, "nominations_close:"), "timeline.nominations_close", $"nominations close ({timeline.NominationsClose}) no later than the kickoff ({timeline.Kickoff}): there is no nomination window to rehearse; move nominations_close after kickoff"));
        }

        if (timeline.VotingCloses.Utc <= timeline.VotingOpens.Utc)
        {
            problems.Add(new Problem(configFile, LineOf(configFile, "voting_closes:"), "timeline.voting_closes", "voting closes no later than it opens: there is no voting window to rehearse; move voting_closes after voting_opens"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static int LineOf(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
        return index + 1;
    }
}
