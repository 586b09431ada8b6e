namespace Elections.Core.Tally.PostCount;

/// <summary>
/// Staggered terms from the final order (NixOS constitution, nixos-anchor.md §5.1: "the 4 highest
/// in the election ranking get 2-year terms and the other 3 get 1-year terms"; Kubernetes 2017:
/// top 3 two-year). The first <c>longTerms</c> winners, in the result's winner order, get the long term.
/// </summary>
public static class TermAssignment
{
    /// <summary>Splits the winners into long-term and short-term seats.</summary>
    public static (IReadOnlyList<string> Long, IReadOnlyList<string> Short) Assign(TallyResult result, int longTerms)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(longTerms);
        var take = Math.Min(longTerms, result.Winners.Count);
        return (result.Winners.Take(take).ToArray(), result.Winners.Skip(take).ToArray());
    }
}
