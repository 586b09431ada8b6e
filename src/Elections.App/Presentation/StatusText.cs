using System.Globalization;
using System.Text;
using Elections.Core.Status;
using Elections.Core.Voters;

namespace Elections.App.Presentation;

/// <summary>
/// An election's status as plain text: the phase at that instant, the next deadlines in AoE and UTC,
/// voters by status, nominees by state (what <c>elections status</c> prints).
/// </summary>
public static class StatusText
{
    /// <summary>The status as lines of text, ending with a newline.</summary>
    public static string Render(ElectionStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var text = new StringBuilder();
        text.AppendLine(status.Election);
        text.AppendLine(CultureInfo.InvariantCulture, $"At {status.At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC: {StatusWording.Describe(status.Phase)}");
        text.AppendLine();
        text.AppendLine(status.NextDeadlines.Count == 0 ? "No deadlines ahead." : "Next deadlines (AoE = end of the day at UTC-12):");
        var width = status.NextDeadlines.Count == 0 ? 0 : status.NextDeadlines.Max(entry => entry.Title.Length);
        foreach (var entry in status.NextDeadlines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {entry.Title.PadRight(width)}  {entry.Deadline}");
        }

        text.AppendLine();
        var voters = status.VotersByStatus.Values.Sum();
        text.AppendLine(CultureInfo.InvariantCulture, $"Voters: {voters} on the roll, {status.CanVote} can vote, {status.InVotersTeam} belong in the voters team");
        text.AppendLine("  " + string.Join(", ", status.VotersByStatus.Select(pair => $"{VoterRules.ToText(pair.Key)} {pair.Value}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"Nominees: {status.Nominees} for {status.Seats} seats; candidates (form complete): {status.Candidates}");
        text.AppendLine("  " + string.Join(", ", status.NomineesByState.Select(pair => $"{StatusWording.Describe(pair.Key)} {pair.Value}")));
        return text.ToString();
    }
}
