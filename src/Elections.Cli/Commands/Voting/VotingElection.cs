using Elections.App.Candidacy;
using Elections.App.Voting;
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

        return LockInRecord.Verify(HasLockIn ? File.ReadAllText(PathOf(LockInFile.Path)) : null, files);
    }

    /// <summary>Bad input unless <paramref name="deadline"/> has passed at <paramref name="now"/>.</summary>
    public void RequirePassed(Deadline deadline, string field, DateTimeOffset now, string what)
    {
        if (TimelineGate.NotYet(Config, deadline, field, now, what) is { } problem)
        {
            throw new InvalidInputException(problem);
        }
    }
}
