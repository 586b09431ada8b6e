namespace Elections.Core.Candidacy;

/// <summary>
/// Two people who share at least one committee-declared conflict group (nixos-anchor §3.11: candidate
/// conflict pairs are published before voting so voters know which of them the count keeps apart).
/// </summary>
/// <param name="First">The first person, in the order given.</param>
/// <param name="Second">The second person.</param>
/// <param name="Groups">The groups both are in, by name.</param>
public sealed record ConflictPair(Person First, Person Second, IReadOnlyList<string> Groups);
