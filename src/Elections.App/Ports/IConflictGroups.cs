using Elections.Core.Candidacy;

namespace Elections.App.Ports;

/// <summary>
/// The committee's conflict-of-interest groups of one election (issue 10 item 4): private, kept in the store,
/// never in the repository. The candidacy rules read them to count mutually independent people.
/// </summary>
public interface IConflictGroups
{
    /// <summary>The groups declared for <paramref name="repository"/> (<c>owner/name</c>); empty when none.</summary>
    Task<IReadOnlyList<ConflictGroup>> ReadAsync(string repository, CancellationToken ct);
}
