using System.Text;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// The fix shown for a name that is not a valid slug: the user's own value made into one
/// ("Voters 2027" → "voters-2027"), never the sample election's values (DESIGN principle 6).
/// </summary>
internal static class SlugSuggestion
{
    /// <summary>
    /// <paramref name="value"/> lower-cased with every run of other characters made one hyphen;
    /// <paramref name="placeholder"/> when nothing usable is left.
    /// </summary>
    public static string From(string value, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slug = new StringBuilder();
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : placeholder;
    }
}
