using System.Diagnostics.CodeAnalysis;
using Elections.Core.Snapshots;

namespace Elections.App.Ports;

/// <summary>What <see cref="IElectionFiles"/> found: the election's texts at one revision, or no election at all.</summary>
public sealed record ElectionRead
{
    private readonly ElectionSources? _sources;

    private ElectionRead(string revision, ElectionSources? sources)
    {
        Revision = revision;
        _sources = sources;
    }

    /// <summary>The commit sha the files were read at (or a digest of a folder's files); empty when nothing was read.</summary>
    public string Revision { get; }

    /// <summary>True when the repository holds <c>config/election.yml</c>.</summary>
    public bool IsElection => _sources is not null;

    /// <summary>The repository holds no <c>config/election.yml</c> at <paramref name="revision"/>.</summary>
    public static ElectionRead NotAnElection(string revision) => new(revision, null);

    /// <summary>The election's texts at <paramref name="revision"/>.</summary>
    public static ElectionRead Of(string revision, ElectionSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new(revision, sources);
    }

    /// <summary>The texts, when the repository is an election.</summary>
    public bool TryGetSources([NotNullWhen(true)] out ElectionSources? sources)
    {
        sources = _sources;
        return sources is not null;
    }
}
