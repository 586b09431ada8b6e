using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Elections.App.Presentation;
using Elections.Cli.Terminal;
using Elections.Core.Status;
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

            await output.WriteAsync(StatusText.Render(status).AsMemory(), cancellationToken).ConfigureAwait(false);
            if (!loaded.IsValid)
            {
                var warning = $"warning: the election files have {loaded.Problems.Count} problem(s); run `elections validate` to see them";
                await error.WriteLineAsync(
                    TerminalWriter.Paint(error, Tone.Warning, warning).AsMemory(),
                    cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The instant <c>--at</c> names (ISO 8601), or now.</summary>
    internal static DateTimeOffset ParseInstant(string? text, TimeProvider clock)
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

    private static object ToJson(ElectionStatus status, int problems) => new
    {
        format_version = CliJson.FormatVersion,
        election = status.Election,
        at = status.At.ToUniversalTime(),
        phase = StatusWording.Key(status.Phase),
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
        nominees_by_state = status.NomineesByState.ToDictionary(pair => StatusWording.Key(pair.Key), pair => pair.Value),
        problems,
    };
}
