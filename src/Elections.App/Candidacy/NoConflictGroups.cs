using Elections.App.Ports;
using Elections.Core.Candidacy;

namespace Elections.App.Candidacy;

/// <summary>
/// The default until the committee's conflict-group store is registered: no groups, so every endorser counts as
/// independent. Registered with TryAdd, so a real <see cref="IConflictGroups"/> registered first wins.
/// </summary>
public sealed class NoConflictGroups : IConflictGroups
{
    /// <inheritdoc />
    public Task<IReadOnlyList<ConflictGroup>> ReadAsync(string repository, CancellationToken ct) => Task.FromResult<IReadOnlyList<ConflictGroup>>([]);
}
