using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;

namespace Elections.App.Candidacy;

/// <summary>
/// The end of the candidacy phase (issue 10 item 8, nixos-anchor §3.12): every open nomination is judged once more;
/// confirmed ones are merged at the head sha they were judged at, the others closed with a comment naming what they
/// lacked; then the candidate list, the candidate conflict pairs and the lock-in record are published on the default
/// branch. Running it again finds nothing open and rewrites nothing that did not change.
/// </summary>
public sealed class CandidacyFinaliser(IGitHub gitHub, RepositoryRef repository)
{
    /// <summary>Finalises; with <paramref name="dryRun"/> only reports what it would do.</summary>
    public async Task<FinaliseReport> RunAsync(ElectionSnapshot snapshot, ElectionConfig config, IReadOnlyList<ConflictGroup> groups, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(config);
        var actions = new List<string>();
        var failures = new List<string>();
        var files = await DefaultBranchCandidatesAsync(ct).ConfigureAwait(false);
        var election = new CandidacyElection
        {
            Config = config,
            Roll = snapshot.Roll,
            Candidates = snapshot.Candidates,
            ConflictGroups = groups,
            OpenNominations = await NominationReader.ListOpenAsync(gitHub, repository, ct).ConfigureAwait(false),
        };
        foreach (var open in election.OpenNominations.OrderBy(n => n.Number))
        {
            var read = await NominationReader.ReadAsync(gitHub, repository, open.Number, config.Labels.Nomination, ct).ConfigureAwait(false);
            if (read is null || read.Facts.State != PullRequestState.Open)
            {
                continue;
            }

            var assessment = NominationAssessor.Assess(read.Facts, election);
            if (assessment.Status == NominationStatus.Confirmed && await MergeAsync(read, assessment, dryRun, actions, failures, ct).ConfigureAwait(false) is { } file)
            {
                files[file.Path] = file.Content;
            }
            else if (assessment.Status != NominationStatus.Confirmed)
            {
                var unmet = Unmet(assessment);
                actions.Add($"close #{open.Number} (@{assessment.NomineeLogin}): {string.Join("; ", unmet)}");
                if (!dryRun)
                {
                    await gitHub.Issues.CreateCommentAsync(repository, open.Number, CloseComment(assessment, unmet, config), $"finalise-close:{repository.FullName}:{open.Number}", ct).ConfigureAwait(false);
                    await gitHub.PullRequests.CloseAsync(repository, open.Number, ct).ConfigureAwait(false);
                }
            }
        }

        var candidates = files.Select(f => Candidate(f.Key, f.Value, snapshot)).ToList();
        var people = candidates.Select(c => new Person(c.Id, c.Login)).ToList();
        var pairs = ConflictPairs.Among(people, groups);
        if (failures.Count == 0)
        {
            await PublishAsync(LockInFile.Path, LockInFile.Render(config, candidates, pairs), dryRun, actions, ct).ConfigureAwait(false);
            await PublishAsync(LockInFile.ConflictsPath, LockInFile.RenderConflicts(ConflictPairs.GroupsAmong(people, groups), candidates, config.ConflictsOfInterest), dryRun, actions, ct).ConfigureAwait(false);
            await PublishAsync(LockInFile.ListPath, LockInFile.RenderList(config, candidates, pairs), dryRun, actions, ct).ConfigureAwait(false);
        }

        return new FinaliseReport { Actions = actions, Candidates = candidates, Sha256 = LockIn.ListDigest(candidates), Failures = failures };
    }

    /// <summary>The close comment: what the nomination lacked at the deadline, and that it is final.</summary>
    public static string CloseComment(NominationAssessment assessment, IReadOnlyList<string> unmet, ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(unmet);
        ArgumentNullException.ThrowIfNull(config);
        return $"The candidacy phase is over (endorsements, acceptance and forms closed {config.Timeline.EndorsementsClose}). "
            + $"@{assessment.NomineeLogin} is not a candidate in this election: the nomination did not meet\n\n"
            + string.Concat(unmet.Select(u => $"- {u}\n"))
            + "\nThis pull request is closed by `elections candidates finalise`; the candidate list is in `voting/candidates.md`. See docs/candidacy.md.";
    }

    /// <summary>Every criterion not met, in words: the pull request's problems, the decision, then what is missing.</summary>
    public static IReadOnlyList<string> Unmet(NominationAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var decision = assessment.Decision switch
        {
            NomineeDecision.Declined => ["the nominee declined"],
            NomineeDecision.Withdrawn => new[] { "the nomination was withdrawn" },
            _ => [],
        };
        return [.. assessment.Problems.Select(p => p.Reason), .. decision, .. assessment.Missing.Select(m => m.Text)];
    }

    private async Task<RepositoryFile?> MergeAsync(NominationRead read, NominationAssessment assessment, bool dryRun, List<string> actions, List<string> failures, CancellationToken ct)
    {
        var number = read.PullRequest.Number;
        var added = read.Facts.Files.First(f => f.Change == FileChange.Added && NominationFileRule.TryGetLogin(f.Path, out _));
        var file = await gitHub.Contents.GetFileAsync(repository, added.Path, read.PullRequest.HeadSha, ct).ConfigureAwait(false);
        actions.Add($"merge #{number} (@{assessment.NomineeLogin}) at {read.PullRequest.HeadSha[..Math.Min(7, read.PullRequest.HeadSha.Length)]}");
        if (!dryRun)
        {
            var merged = await gitHub.PullRequests.MergeAsync(
                repository,
                number,
                new MergeRequest { ExpectedHeadSha = read.PullRequest.HeadSha, CommitTitle = $"Candidate @{assessment.NomineeLogin} (#{number})" },
                ct).ConfigureAwait(false);
            if (merged.Status is not (MergeStatus.Merged or MergeStatus.AlreadyMerged))
            {
                failures.Add($"#{number} (@{assessment.NomineeLogin}) was not merged ({merged.Status}: {merged.Message}); nothing was published: look at it, then run finalise again");
                return null;
            }
        }

        return file.Value;
    }

    private async Task<Dictionary<string, ReadOnlyMemory<byte>>> DefaultBranchCandidatesAsync(CancellationToken ct)
    {
        var branch = await DefaultBranchAsync(ct).ConfigureAwait(false);
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var listing = await gitHub.Contents.ListDirectoryAsync(repository, ElectionLayout.CandidatesFolder, branch, ct).ConfigureAwait(false);
        foreach (var entry in listing.Value ?? [])
        {
            if (entry.Type == RepositoryEntryType.File && NominationFileRule.TryGetLogin(entry.Path, out _)
                && (await gitHub.Contents.GetFileAsync(repository, entry.Path, branch, ct).ConfigureAwait(false)).TryGetValue(out var file))
            {
                files[entry.Path] = file.Content;
            }
        }

        return files;
    }

    private async Task<string> DefaultBranchAsync(CancellationToken ct) =>
        (await gitHub.Contents.GetRepositoryAsync(repository, ct).ConfigureAwait(false)).Value?.DefaultBranch
        ?? throw new InvalidOperationException($"{repository.FullName} was not found: check the name and the token's access");

    private static LockInCandidate Candidate(string path, ReadOnlyMemory<byte> content, ElectionSnapshot snapshot)
    {
        NominationFileRule.TryGetLogin(path, out var login);
        var form = CandidateFileParser.Parse(path, Encoding.UTF8.GetString(content.Span)).Candidate.Form;
        var id = snapshot.Roll.TryFindByLogin(login, out var voter) ? voter.Id ?? 0 : 0;
        return new LockInCandidate(login, id, form.Name, path, LockIn.FileDigest(content.Span));
    }

    /// <summary>Writes <paramref name="path"/> on the default branch unless it already holds <paramref name="text"/>.</summary>
    private async Task PublishAsync(string path, string text, bool dryRun, List<string> actions, CancellationToken ct)
    {
        var branch = await DefaultBranchAsync(ct).ConfigureAwait(false);
        var bytes = Encoding.UTF8.GetBytes(text);
        var current = await gitHub.Contents.GetFileAsync(repository, path, branch, ct).ConfigureAwait(false);
        if (current.TryGetValue(out var existing) && existing.Content.Span.SequenceEqual(bytes))
        {
            actions.Add($"{path} is up to date");
            return;
        }

        actions.Add($"publish {path}");
        if (!dryRun)
        {
            var written = await gitHub.Contents.PutFileAsync(
                repository,
                new FileWrite { Path = path, Content = bytes, Message = $"Candidacy lock-in: {path}", ExpectedSha = existing?.Sha ?? "" },
                ct).ConfigureAwait(false);
            if (written.Status != FileWriteStatus.Committed)
            {
                throw new InvalidOperationException($"{path} changed while finalise was writing it: run finalise again");
            }
        }
    }
}
