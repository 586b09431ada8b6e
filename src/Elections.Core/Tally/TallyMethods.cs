using System.Diagnostics.CodeAnalysis;
using Elections.Core.Tally.Condorcet;
using Elections.Core.Tally.Simple;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tally;

/// <summary>
/// Every counting method by its name (the <see cref="Validation.SettingKeys.Method"/> setting; issue 4).
/// </summary>
public static class TallyMethods
{
    private static readonly ITallyMethod[] Methods =
    [
        new PluralityMethod(),
        new ApprovalMethod(),
        new SchulzeMethod(),
        new RankedPairsMethod(),
        new MinimaxMethod(),
        new CivsProportionalMethod(),
        new DebianMethod(),
        new IrvMethod(),
        new MeekStvMethod(MeekRules.OpaVote),
        new MeekStvMethod(MeekRules.NewZealand),
        new ScottishStvMethod(),
        new Ers97Method(),
        new FractionalStvMethod(FractionalStvRules.Minneapolis),
        new FractionalStvMethod(FractionalStvRules.Portland),
    ];

    private static readonly Dictionary<string, ITallyMethod> ByName =
        Methods.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The method names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = Methods.Select(m => m.Name).ToArray();

    /// <summary>
    /// Finds a method by name (case-insensitive). An unknown name gives false and no method: the
    /// caller reports it (listing <see cref="Names"/>) rather than counting with another method.
    /// </summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out ITallyMethod? method)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name, out method);
    }
}
