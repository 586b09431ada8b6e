using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Elections.App.Candidacy;
using Elections.Core.Candidacy;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// The <c>status</c> subcommand of <see cref="CandidatesCommand"/>: <c>elections candidates status [--repo DIR | --github OWNER/REPO] [--json]</c> (issue 10 item 7): every nominee with
/// acceptance, form, endorsers, independence, status and what is missing. From a folder: the candidate files; from
/// GitHub (<c>GH_TOKEN</c>, <c>ELECTIONS_GITHUB_API_URL</c>): also the open nomination pull requests, judged as the bot does.
/// </summary>
internal static class CandidatesStatusCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var repo = new Option<DirectoryInfo?>("--repo") { Description = "The election repository folder (default: the current folder)" };
        var github = new Option<string?>("--github") { Description = "Read OWNER/REPO on GitHub instead (token from GH_TOKEN)" };
        var json = GlobalOptions.Json();
        var status = new Command("status", "List nominees: acceptance, form, endorsers, independence, status, what is missing") { repo, github, json };
        status.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var gitHubName = context.Get(github);
            if (gitHubName is not null && context.Get(repo) is not null)
            {
                throw new InvalidInputException(new Problem("command line", 0, "--github", "give --repo DIR or --github OWNER/REPO, not both"));
            }

            var standings = gitHubName is null
                ? FromFolder((context.Get(repo) ?? new DirectoryInfo(Directory.GetCurrentDirectory())).FullName)
                : await FromGitHubAsync(gitHubName, environment, cancellationToken).ConfigureAwait(false);
            var text = context.Get(json) ? JsonSerializer.Serialize(ToJson(standings), CliJson.Indented) + "\n" : Table(standings);
            await output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return status;
    }

    private static IReadOnlyList<NomineeStanding> FromFolder(string folder)
    {
        var snapshot = ElectionFolder.Load(folder);
        return CandidatesStatus.FromFiles(Election(snapshot, []));
    }

    /// <summary>The election opened on GitHub the one way every committee command opens it (<see cref="GitHubElection"/>).</summary>
    private static async Task<IReadOnlyList<NomineeStanding>> FromGitHubAsync(string name, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        await using var election = await GitHubElection.OpenAsync(name, store: null, cancellationToken, environment).ConfigureAwait(false);
        return await StandingsAsync(election, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The standings of an election opened on GitHub (also what <c>candidates remind</c> reminds from).</summary>
    internal static async Task<IReadOnlyList<NomineeStanding>> StandingsAsync(GitHubElection election, CancellationToken cancellationToken)
    {
        var groups = await election.ConflictGroupsAsync(cancellationToken).ConfigureAwait(false);
        return await CandidatesStatus.FromGitHubAsync(election.GitHub, election.Repository, Election(election.Snapshot, groups), cancellationToken).ConfigureAwait(false);
    }

    private static CandidacyElection Election(ElectionSnapshot snapshot, IReadOnlyList<ConflictGroup> groups) =>
        snapshot.TryGetConfig(out var config)
            ? new CandidacyElection { Config = config, Roll = snapshot.Roll, Candidates = snapshot.Candidates, ConflictGroups = groups }
            : throw new InvalidInputException(snapshot.Problems);

    private static object ToJson(IReadOnlyList<NomineeStanding> standings) => new
    {
        format_version = 1,
        nominees = standings.Select(s => new
        {
            login = s.Login,
            id = s.Id,
            pull_request = s.PullRequest,
            nominated_by = s.NominatedBy,
            accepted = s.Accepted,
            form_complete = s.FormComplete,
            endorsers = s.Endorsers,
            independent = s.Independent,
            status = Status(s.Status),
            missing = s.Missing,
        }),
    };

    private static string Status(NominationStatus status) => status.ToString().ToLowerInvariant();

    private static string Table(IReadOnlyList<NomineeStanding> standings)
    {
        if (standings.Count == 0)
        {
            return "No nominees yet.\n";
        }

        string[] header = ["nominee", "pull request", "nominated by", "accepted", "form", "endorsers", "independent", "status", "missing"];
        var rows = standings.Select(s => new[]
        {
            "@" + s.Login,
            s.PullRequest is { } n ? "#" + n.ToString(CultureInfo.InvariantCulture) : "merged",
            s.NominatedBy is { } by ? "@" + by : "",
            s.Accepted ? "yes" : "no",
            s.FormComplete ? "complete" : "incomplete",
            s.Endorsers.Count.ToString(CultureInfo.InvariantCulture),
            s.Independent.ToString(CultureInfo.InvariantCulture),
            Status(s.Status),
            string.Join("; ", s.Missing),
        }).ToList();
        var widths = header.Select((h, i) => rows.Max(r => r[i].Length) is var w && w > h.Length ? w : h.Length).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }

        return text.ToString();
    }
}
