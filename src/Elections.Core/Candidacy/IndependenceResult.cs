namespace Elections.Core.Candidacy;

/// <summary>
/// The largest set of mutually independent people found among a nominee and their endorsers
/// (nixos-anchor §3.3: "at least 4 individuals of whom no two share a conflict of interest").
/// </summary>
/// <param name="Size">How many people the set holds.</param>
/// <param name="Members">One such set, by numeric id, in input order.</param>
/// <param name="Exact">True when <paramref name="Size"/> is the proven maximum; false only beyond
/// <see cref="Independence.ExactLimit"/> conflicted people, where it is a lower bound.</param>
public sealed record IndependenceResult(int Size, IReadOnlyList<long> Members, bool Exact);
