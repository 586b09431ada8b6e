using System.Diagnostics.CodeAnalysis;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Snapshots;

/// <summary>
/// One election as read from its repository at one revision: the configuration when it is valid, the
/// voter roll and candidate files as read, and every problem in them (DESIGN principles 1 and 6:
/// rules take a snapshot; every problem is reported in one run). Built by <see cref="ElectionSnapshotReader"/>.
/// </summary>
public sealed class ElectionSnapshot
{
    private readonly ElectionConfig? _config;

    internal ElectionSnapshot(ElectionConfig? config, VoterRoll roll, IReadOnlyList<CandidateFile> candidates, IReadOnlyList<Problem> problems)
    {
        _config = config;
        Roll = roll;
        Candidates = candidates;
        Problems = problems;
    }

    /// <summary>The roll as read (voters with unreadable entries left out; empty when the file is unreadable).</summary>
    public VoterRoll Roll { get; }

    /// <summary>Every candidate file, sorted by path.</summary>
    public IReadOnlyList<CandidateFile> Candidates { get; }

    /// <summary>Every problem: configuration first, then the roll, then candidates in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when no file has a problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The configuration, when <c>config/election.yml</c> itself is valid (other files may still have problems).</summary>
    public bool TryGetConfig([NotNullWhen(true)] out ElectionConfig? config)
    {
        config = _config;
        return config is not null;
    }
}
