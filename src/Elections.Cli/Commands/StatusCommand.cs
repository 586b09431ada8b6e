using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Elections.Core.Candidates;
using Elections.Core.Status;
using Elections.Core.Timeline;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections status [--repo DIR] [--at TIME] [--json]</c>: the phase at that instant, the next
/// deadlines in AoE and UTC, voters by status, nominees and candidates.
/// </summary>
internal static class StatusCommand
{
    public static Command Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var json = GlobalOptions.Json();
        var at = new Option<string?>("--at")
        {
            Description = "The instant to describe, ISO 8601 (e.g. 2026-09-28T18:00:00Z); default now",
        };
        var command = new Command("status", "Show the election's phase, next deadlines, voters and nominees");
        command.Options.Add(repo);
        command.Options.Add(at);
        command.Options.Add(json);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var instant = ParseInstant(context.Get(at), clock);
            var loaded = ElectionFolder.Load(context.Get(repo).FullName);
            if (!loaded.TryGetConfig(out var config))
            {
                throw new InvalidInputException(loaded.Problems);
            }

            var status = ElectionStatus.Of(config, loaded.Roll, loaded.Candidates, instant);
            if (context.Get(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ToJson(status, loaded.Problems.Count), CliJson.Indented).AsMemory(), cancellationToken)
                    .ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await output.WriteAsync(Render(status).AsMemory(), cancellationToken).ConfigureAwait(false);
            if (!loaded.IsValid)
            {
                await error.WriteLineAsync(
                    $"warning: the election files have {loaded.Problems.Count} problem(s); run `elections validate` to see them".AsMemory(),
                    cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DateTimeOffset ParseInstant(string? text, TimeProvider clock)
    {
        if (text is null)
        {
            return clock.GetUtcNow();
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new InvalidInputException(new Problem("--at", 0, "", $"'{text}' is not an instant: write ISO 8601, e.g. 2026-09-28T18:00:00Z"));
    }

    private static string Render(ElectionStatus status)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(status.Election);
        text.AppendLine(CultureInfo.InvariantCulture, $"At {status.At.ToUniversalTime():yyyy-MM-dd HH:mm} UTC: {Describe(status.Phase)}");
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
        text.AppendLine("  " + string.Join(", ", status.NomineesByState.Select(pair => $"{Describe(pair.Key)} {pair.Value}")));
        return text.ToString();
    }

    private static object ToJson(ElectionStatus status, int problems) => new
    {
        election = status.Election,
        at = status.At.ToUniversalTime(),
        phase = Name(status.Phase),
        next_deadlines = status.NextDeadlines.Select(entry => new
        {
            key = entry.Key,
            title = entry.Title,
            aoe_date = entry.Deadline.AoeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            utc = entry.Deadline.Utc,
        }),
        voters = status.VotersByStatus.ToDictionary(pair => VoterRules.ToText(pair.Key), pair => pair.Value),
        can_vote = status.CanVote,
        in_voters_team = status.InVotersTeam,
        seats = status.Seats,
        nominees = status.Nominees,
        candidates = status.Candidates,
        nominees_by_state = status.NomineesByState.ToDictionary(pair => Name(pair.Key), pair => pair.Value),
        problems,
    };

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string Describe(NominationState state) => state switch
    {
        NominationState.Nominated => "nominated (no form yet)",
        NominationState.FormIncomplete => "form incomplete",
        _ => "form complete",
    };

    private static string Describe(ElectionPhase phase) => phase switch
    {
        ElectionPhase.BeforeKickoff => "before kickoff; the election has not started",
        ElectionPhase.Nominations => "nominations are open",
        ElectionPhase.Endorsements => "nominations closed; endorsements, acceptances and candidate forms are due",
        ElectionPhase.Questions => "candidates are confirmed; voters may ask questions",
        ElectionPhase.Answers => "questions closed; candidates are answering",
        ElectionPhase.BeforeVoting => "answers closed; voting opens next",
        ElectionPhase.Voting => "voting is open",
        ElectionPhase.Counting => "voting closed; the ballots are being counted",
        _ => "results are published",
    };
}
