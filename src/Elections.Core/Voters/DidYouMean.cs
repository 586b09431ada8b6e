using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>Suggests the nearest known name for a misspelt field, in the roll's message style.</summary>
internal static class DidYouMean
{
    /// <summary>Returns <c> (did you mean "x"?)</c>, or an empty string when nothing is close.</summary>
    public static string Hint(string input, IEnumerable<string> known) =>
        EditDistance.TrySuggest(input, known, out var suggestion) ? $" (did you mean \"{suggestion}\"?)" : "";
}
