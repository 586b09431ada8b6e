namespace Elections.Core.Candidacy;

/// <summary>
/// The committee's view of "at least N mutually independent people among nominee and endorsers"
/// (nixos-anchor §3.3, appendix A3): the maximum set found, who was left out, and the conflicts that decided it.
/// </summary>
public sealed record IndependenceExplanation
{
    /// <summary>The people considered: the nominee first, then the endorsers.</summary>
    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>The maximum independent set.</summary>
    public required IndependenceResult Result { get; init; }

    /// <summary>The people outside the maximum set (each conflicts with someone inside it).</summary>
    public required IReadOnlyList<Person> LeftOut { get; init; }

    /// <summary>Every pair of the people in a shared group.</summary>
    public required IReadOnlyList<ConflictPair> Conflicts { get; init; }

    /// <summary>The rule's threshold (<c>endorsements.min_independent</c>).</summary>
    public required int Required { get; init; }

    /// <summary>True when the set is at least <see cref="Required"/> people.</summary>
    public bool Met => Result.Size >= Required;

    /// <summary>Computes the explanation for <paramref name="nominee"/> and <paramref name="endorsers"/>.</summary>
    public static IndependenceExplanation Of(Person nominee, IReadOnlyList<Person> endorsers, IReadOnlyList<ConflictGroup> groups, int required)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        ArgumentNullException.ThrowIfNull(endorsers);
        var people = new[] { nominee }.Concat(endorsers).DistinctBy(p => p.Id).ToList();
        var result = Independence.Maximum([.. people.Select(p => p.Id)], groups);
        var chosen = result.Members.ToHashSet();
        return new IndependenceExplanation
        {
            People = people,
            Result = result,
            LeftOut = [.. people.Where(p => !chosen.Contains(p.Id))],
            Conflicts = ConflictPairs.Among(people, groups),
            Required = required,
        };
    }
}
