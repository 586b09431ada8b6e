using Elections.Core.Candidacy;

namespace Elections.App.Ports;

/// <summary>
/// What the committee keeps privately about conflicts of interest (nixos-anchor §3.3, §3.11): the groups it
/// declares and the disclosures people send it. Stored in the store, never in the repository.
/// </summary>
public interface IConflictRegister : IConflictGroups
{
    /// <summary>Declares <paramref name="group"/>, replacing the members of a group of that name.</summary>
    Task DeclareAsync(string repository, ConflictGroup group, CancellationToken ct);

    /// <summary>Removes the group; false when there was none of that name.</summary>
    Task<bool> RemoveAsync(string repository, string name, CancellationToken ct);

    /// <summary>Records a disclosure; earlier ones by the same person are kept (history), the newest is current.</summary>
    Task RecordDisclosureAsync(string repository, Disclosure disclosure, CancellationToken ct);

    /// <summary>Every disclosure for <paramref name="repository"/>, oldest first.</summary>
    Task<IReadOnlyList<Disclosure>> ReadDisclosuresAsync(string repository, CancellationToken ct);
}
