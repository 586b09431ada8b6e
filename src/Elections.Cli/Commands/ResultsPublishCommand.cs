using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Elections.App.Announcements;
using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.App.Voting;
using Elections.Cli.Commands.Voting;
using Elections.Cli.Mail;
using Elections.Core.Validation;
using Elections.Infrastructure.Announcements;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections results publish --stage candidates|public</c> (issue 13 item 6): the result goes first privately to
/// the candidates (the <c>result</c> mail to each locked candidate, journaled like every mailout), then, once
/// <c>results.embargo_hours</c> have passed, public: the <c>result</c> announcement rendered for the website and
/// Discourse into <c>results/</c>. Each stage is recorded in <c>results/publication.json</c> and the store's audit log.
/// </summary>
internal static class ResultsPublishCommand
{
    private const string RecordPath = ResultsPublication.Path;
    private const string CandidatesMailout = "result-candidates";

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var stage = new Option<string>("--stage") { Description = "candidates: mail the result to each candidate privately; public: after the embargo, render the public announcement", Required = true };
        stage.AcceptOnlyFromAmong("candidates", "public");
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what the stage would do; send and record nothing" };
        var command = new Command("publish", "Publish the result in stages: privately to the candidates first, then publicly after results.embargo_hours")
        {
            repo, stage, dryRun,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = VotingElection.Load(context.Get(repo));
            if (ResultsFiles.ElectedLogins(election.Folder).Count == 0)
            {
                throw new InvalidInputException(new Problem($"{VotingFiles.ResultsFolder}/results.json", 0, "elected", "no results: run `elections results` first"));
            }

            var record = ReadRecord(election);
            return context.Get(stage) == "candidates"
                ? await ToCandidatesAsync(output, error, election, record, context.Get(dryRun), clock, ct).ConfigureAwait(false)
                : await ToPublicAsync(output, election, record, context.Get(dryRun), clock, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> ToCandidatesAsync(TextWriter output, TextWriter error, VotingElection election, JsonObject record, bool dryRun, TimeProvider clock, CancellationToken ct)
    {
        var config = election.Config;
        var candidates = election.LockedCandidates().Select(c => c.Login).ToList();
        var mails = MailoutPlanner.Prepare("result", config, election.Snapshot, candidates, new ScribanAnnouncementRenderer(election.Folder), clock.GetUtcNow(), ResultsFiles.ElectedLogins(election.Folder));
        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: would mail the result privately to {mails.Count} of {candidates.Count} candidate(s); nothing sent").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var exit = await MailCommand.SendAsync(output, error, election.Folder, config, new MailoutKey(config.Slug, CandidatesMailout), mails, resume: true, clock, ct).ConfigureAwait(false);
        if (exit != ExitCodes.Ok)
        {
            return exit;
        }

        var now = clock.GetUtcNow();
        record["candidates_notified_at"] ??= now.ToString("o", CultureInfo.InvariantCulture);
        await WriteRecordAsync(election, record, ct).ConfigureAwait(false);
        await AuditAsync(election, clock, $"result sent privately to {mails.Count} candidate(s)", ct).ConfigureAwait(false);
        var publicFrom = ResultsPublication.Notified(record)!.Value.AddHours(config.Results.EmbargoHours);
        await output.WriteLineAsync($"the candidates have the result; public from {publicFrom.UtcDateTime:yyyy-MM-dd HH:mm} UTC (results.embargo_hours: {config.Results.EmbargoHours})").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> ToPublicAsync(TextWriter output, VotingElection election, JsonObject record, bool dryRun, TimeProvider clock, CancellationToken ct)
    {
        var config = election.Config;
        var notified = ResultsPublication.Notified(record)
            ?? throw new InvalidInputException(new Problem(RecordPath, 0, "candidates_notified_at", "the candidates have not had the result yet: run `elections results publish --stage candidates` first"));
        var publicFrom = notified.AddHours(config.Results.EmbargoHours);
        var now = clock.GetUtcNow();
        if (now < publicFrom)
        {
            throw new InvalidInputException(config.Source.ProblemAt(
                "results.embargo_hours",
                $"the embargo holds until {publicFrom.UtcDateTime:yyyy-MM-dd HH:mm} UTC ({config.Results.EmbargoHours} h after the candidates had the result at {notified.UtcDateTime:yyyy-MM-dd HH:mm} UTC); publish then"));
        }

        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: would render the public result announcement into {VotingFiles.ResultsFolder}/; nothing written").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var renderer = new ScribanAnnouncementRenderer(election.Folder);
        var model = AnnouncementModels.Of(config, election.Snapshot.Roll, election.Snapshot.Candidates, ResultsFiles.ElectedLogins(election.Folder));
        foreach (var channel in new[] { AnnouncementChannel.Website, AnnouncementChannel.Discourse })
        {
            var rendered = renderer.Render("result", channel, model, null);
            var stem = Path.Combine(election.Folder, VotingFiles.ResultsFolder, $"announcement.{AnnouncementChannels.Name(channel)}");
            await File.WriteAllTextAsync(stem + ".md", rendered.Markdown, ct).ConfigureAwait(false);
            if (rendered.Html.Length > 0)
            {
                await File.WriteAllTextAsync(stem + ".html", rendered.Html, ct).ConfigureAwait(false);
            }
        }

        record["public_at"] ??= now.ToString("o", CultureInfo.InvariantCulture);
        await WriteRecordAsync(election, record, ct).ConfigureAwait(false);
        await AuditAsync(election, clock, "result made public", ct).ConfigureAwait(false);
        await output.WriteLineAsync($"public: wrote {VotingFiles.ResultsFolder}/announcement.website.md (and .html) and announcement.discourse.md; commit results/ and post them (elections announce result --post)").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static JsonObject ReadRecord(VotingElection election)
    {
        var path = election.PathOf(RecordPath);
        return File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject record
            ? record
            : new JsonObject { ["format_version"] = 1, ["election"] = election.Config.Slug };
    }

    private static Task WriteRecordAsync(VotingElection election, JsonObject record, CancellationToken ct) =>
        File.WriteAllTextAsync(election.PathOf(RecordPath), record.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n", ct);

    private static async Task AuditAsync(VotingElection election, TimeProvider clock, string action, CancellationToken ct)
    {
        await using var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false);
        await VotingAudit.AppendAsync(store, clock, action, $"results-publish:{election.Config.Slug}", "issue 13 staged publication", ct).ConfigureAwait(false);
    }
}
