using System.Collections.Concurrent;

namespace Elections.Webhooks;

/// <summary>
/// The App installation each repository's deliveries came from, remembered as they are processed, so that the
/// dashboard can read a repository's election with that installation's token.
/// </summary>
public sealed class RepositoryInstallations
{
    private readonly ConcurrentDictionary<string, long> _installations = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string repository, long? installationId)
    {
        if (repository.Length > 0 && installationId is { } id)
        {
            _installations[repository] = id;
        }
    }

    public bool TryGet(string repository, out long installationId) => _installations.TryGetValue(repository, out installationId);
}
