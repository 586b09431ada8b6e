using Elections.Core.Candidacy;

namespace Elections.App.Ports;

/// <summary>The committee's conflict-of-interest groups for one election repository, read from the store (never from the repository).</summary>
public interface IConflictGroups
{
    /// <summary>The groups declared for <paramref name="repository"/> (<c>owner/name</c>), by name.</summary>
    Task<IReadOnlyList<ConflictGroup>> ReadAsync(string repository, CancellationToken ct);
}
