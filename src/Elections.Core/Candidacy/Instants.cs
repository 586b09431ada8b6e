using System.Globalization;

namespace Elections.Core.Candidacy;

/// <summary>How candidacy messages write an instant: <c>2026-09-28 13:05:09 UTC</c>.</summary>
public static class Instants
{
    /// <summary>The instant in UTC to the second.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
