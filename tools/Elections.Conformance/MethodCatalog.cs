using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Conformance;

/// <summary>Finds a counting method by the name expected.json uses.</summary>
internal static class MethodCatalog
{
    private static readonly Dictionary<string, ITallyMethod> Methods = new(StringComparer.Ordinal)
    {
        ["meek"] = new MeekStv(MeekRules.OpaVote),
        ["meek-nz"] = new MeekStv(MeekRules.NewZealand),
        ["scottish-stv"] = new ScottishStv(),
        ["ers97"] = new Ers97(),
        ["irv"] = new Irv(),
        ["stv"] = new FractionalStv(FractionalStvRules.Minneapolis),
        ["stv-portland"] = new FractionalStv(FractionalStvRules.Portland),
    };

    /// <summary>The method to run for <paramref name="conformanceCase"/>, or false when none is available.</summary>
    public static bool TryGet(ConformanceCase conformanceCase, out ITallyMethod method)
    {
        // Portland's case is named "stv" in expected.json; its local rules are the Portland preset.
        var name = conformanceCase.Method == "stv" && conformanceCase.Id.StartsWith("portland", StringComparison.Ordinal)
            ? "stv-portland"
            : conformanceCase.Method;
        return Methods.TryGetValue(name, out method!);
    }
}
