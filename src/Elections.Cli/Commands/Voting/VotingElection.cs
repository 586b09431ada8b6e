using Elections.App.Candidacy;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Timeline;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands.Voting;

/// <summary>
/// The election folder as the voting hand-off reads it (docs/voting.md): a valid configuration, the roll, and the
/// lock-in record checked against the candidate files as they are now.
/// </summary>
internal sealed record VotingElection(string Folder, ElectionSnapshot Snapshot, ElectionConfig Config)
{
    /// <summary>Loads <paramref name="repo"/>; a configuration that does not read is bad input naming its problems.</summary>
    public static VotingElection Load(DirectoryInfo repo)
    {
        var snapshot = ElectionFolder.Load(repo.FullName);
        if (!snapshot.TryGetConfig(out var config))
        {
            throw new InvalidInputException(snapshot.Problems
                .Where(p => p.File == ElectionLayout.ConfigPath)
                .DefaultIfEmpty(new Problem(ElectionLayout.ConfigPath, 0, "", "the election configuration cannot be read; run elections validate"))
                .ToArray());
        }

        return new VotingElection(repo.FullName, snapshot, config);
    }

    /// <summary>A path inside the election folder.</summary>
    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>True when <c>voting/lock-in.json</c> exists.</summary>
    public bool HasLockIn => File.Exists(PathOf(LockInFile.Path));

    /// <summary>The locked candidates in the record's order; bad input when the record is missing, broken, or does not match the candidate files.</summary>
    public IReadOnlyList<LockInCandidate> LockedCandidates()
    {
        if (!HasLockIn)
        {
            throw Refuse(LockInFile.Path, "lock-in", "there is no lock-in record: run `elections candidates finalise` when the candidacy phase is over");
        }

        if (!LockInFile.TryParse(File.ReadAllText(PathOf(LockInFile.Path)), out var candidates, out var sha256, out var problem))
        {
            throw Refuse(LockInFile.Path, "lock-in", $"{problem}; rerun `elections candidates finalise`");
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var folder = PathOf(ElectionLayout.CandidatesFolder);
        foreach (var path in Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [])
        {
            var relative = $"{ElectionLayout.CandidatesFolder}/{Path.GetFileName(path)}";
            if (NominationFileRule.TryGetLogin(relative, out _))
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }

        var mismatches = LockIn.Verify(candidates, sha256, files);
        if (mismatches.Count > 0)
        {
            throw new InvalidInputException([.. mismatches.Select(m => new Problem(LockInFile.Path, 0, "lock-in", $"{m}: the candidate files no longer match the lock-in record"))]);
        }

        return candidates;
    }

    /// <summary>Bad input unless <paramref name="deadline"/> has passed at <paramref name="now"/>.</summary>
    public void RequirePassed(Deadline deadline, string field, DateTimeOffset now, string what)
    {
        if (!deadline.HasPassed(now))
        {
            throw Refuse(ElectionLayout.ConfigPath, $"timeline.{field}", $"{what} only after timeline.{field}, {deadline} ({deadline.FormatUtc()}); it has not passed yet", Config.Source.LineOf($"timeline.{field}"));
        }
    }

    private static InvalidInputException Refuse(string file, string field, string message, int line = 0) => new(new Problem(file, line, field, message));
}
