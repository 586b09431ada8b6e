using System.Diagnostics.CodeAnalysis;
using Elections.Core.Tally;

namespace Elections.Conformance;

/// <summary>Finds the counting method for a case of expected.json through the product's registry.</summary>
internal static class MethodCatalog
{
    /// <summary>The method to run for <paramref name="conformanceCase"/>, or false when none is available.</summary>
    public static bool TryGet(ConformanceCase conformanceCase, [NotNullWhen(true)] out ITallyMethod? method)
    {
        // Portland's case is named "stv" in expected.json; its local rules are the Portland preset.
        var name = conformanceCase.Method == "stv" && conformanceCase.Id.StartsWith("portland", StringComparison.Ordinal)
            ? "stv-portland"
            : conformanceCase.Method;
        return TallyMethods.TryGet(name, out method);
    }
}
