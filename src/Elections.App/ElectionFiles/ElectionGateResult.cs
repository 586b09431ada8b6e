using System.Diagnostics.CodeAnalysis;
using Elections.App.Plans;
using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.App.ElectionFiles;

/// <summary>
/// The election a delivery acts on: none, a broken one (its problems and the reply that lists them),
/// or a valid snapshot. Each election is keyed by its repository (<c>owner/name</c>) in the store.
/// </summary>
public sealed record ElectionGateResult
{
    private readonly ElectionSnapshot? _snapshot;

    internal ElectionGateResult(ElectionGateStatus status, string key, string revision, ElectionSnapshot? snapshot, Plan reply)
    {
        Status = status;
        Key = key;
        Revision = revision;
        _snapshot = snapshot;
        Reply = reply;
    }

    /// <summary>Which of the three answers this is.</summary>
    public ElectionGateStatus Status { get; }

    /// <summary>The election's key in the store: the repository's <c>owner/name</c>.</summary>
    public string Key { get; }

    /// <summary>The commit sha (or folder digest) the election was read at.</summary>
    public string Revision { get; }

    /// <summary>Every validate problem when <see cref="ElectionGateStatus.Broken"/>; empty otherwise.</summary>
    public IReadOnlyList<Problem> Problems => Status == ElectionGateStatus.Broken ? _snapshot!.Problems : [];

    /// <summary>
    /// For <see cref="ElectionGateStatus.Broken"/>: one <see cref="Effects.CommentEffect"/> on the issue or pull
    /// request listing the problems, keyed per repository, revision and issue so it is posted once;
    /// a skip otherwise (and when the event concerns no issue).
    /// </summary>
    public Plan Reply { get; }

    /// <summary>The valid snapshot, when <see cref="ElectionGateStatus.Ready"/>.</summary>
    public bool TryGetSnapshot([NotNullWhen(true)] out ElectionSnapshot? snapshot)
    {
        snapshot = Status == ElectionGateStatus.Ready ? _snapshot : null;
        return snapshot is not null;
    }
}
