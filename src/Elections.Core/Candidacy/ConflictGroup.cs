namespace Elections.Core.Candidacy;

/// <summary>
/// A conflict-of-interest group declared by the committee (constitution "CoI Balance",
/// nixos-anchor §3.3 and §3.11): any two members are in conflict, so at most one of them counts
/// towards "mutually independent people". Stored privately, never in the repository.
/// </summary>
/// <param name="Name">The group, e.g. an employer.</param>
/// <param name="MemberIds">The numeric GitHub ids of its members.</param>
public sealed record ConflictGroup(string Name, IReadOnlyList<long> MemberIds);
