using Elections.App.Ports;
using Elections.App.Ports.GitHub;

namespace Elections.Infrastructure.ElectionFiles;

/// <summary>
/// Elections already read, per repository and commit sha: a commit never changes, so its files are
/// read once. Bounded: past <see cref="Capacity"/> entries the least recently used is dropped.
/// Thread-safe (deliveries for many repositories run at once).
/// </summary>
public sealed class ElectionFilesCache
{
    /// <summary>The default bound: a few commits of each of many elections.</summary>
    public const int DefaultCapacity = 256;

    private readonly Dictionary<(string Repository, string Sha), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _gate = new();

    /// <summary>A cache holding at most <see cref="DefaultCapacity"/> entries.</summary>
    public ElectionFilesCache()
        : this(DefaultCapacity)
    {
    }

    /// <summary>A cache holding at most <paramref name="capacity"/> entries.</summary>
    public ElectionFilesCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>How many entries are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The election read at <paramref name="sha"/>, when it is cached.</summary>
    public bool TryGet(RepositoryRef repository, string sha, out ElectionRead read)
    {
        ArgumentNullException.ThrowIfNull(repository);
        lock (_gate)
        {
            if (_entries.TryGetValue(Key(repository, sha), out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                read = node.Value.Read;
                return true;
            }
        }

        read = ElectionRead.NotAnElection(sha);
        return false;
    }

    /// <summary>Keeps <paramref name="read"/> for <paramref name="sha"/>, dropping the least recently used entry when full.</summary>
    public void Add(RepositoryRef repository, string sha, ElectionRead read)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var key = Key(repository, sha);
        lock (_gate)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recent.Remove(existing);
            }

            _entries[key] = _recent.AddFirst(new Entry(key, read));
            if (_entries.Count > Capacity)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }

    // GitHub names are case-insensitive; shas are lowercase hex.
    private static (string, string) Key(RepositoryRef repository, string sha) => (repository.FullName.ToUpperInvariant(), sha);

    private sealed record Entry((string Repository, string Sha) Key, ElectionRead Read);
}
