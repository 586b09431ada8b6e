using System.Globalization;

namespace Elections.Core.Voters.Generation;

/// <summary>
/// GH Archive hour file names (<c>YYYY-MM-DD-H.json.gz</c>, the hour without a leading zero) and the hours
/// missing between the first and the last one present, clipped to the contribution window (issue 11 item 1;
/// nixos-anchor §1.4 step 4).
/// </summary>
public static class ArchiveHours
{
    /// <summary>The suffix every hour file has.</summary>
    public const string Suffix = ".json.gz";

    /// <summary>Reads the hour a file name stands for; false when the name is not <c>YYYY-MM-DD-H.json.gz</c>.</summary>
    public static bool TryParse(string fileName, out DateTimeOffset hour)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        hour = default;
        if (!fileName.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = fileName[..^Suffix.Length];
        var dash = stem.LastIndexOf('-');
        if (dash != 10
            || !DateTimeOffset.TryParseExact(stem[..dash], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day)
            || !int.TryParse(stem[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || h > 23
            || stem.Length - dash - 1 > 2)
        {
            return false;
        }

        hour = day.AddHours(h);
        return true;
    }

    /// <summary>The file name GH Archive gives <paramref name="hour"/>.</summary>
    public static string Name(DateTimeOffset hour) =>
        string.Create(CultureInfo.InvariantCulture, $"{hour.UtcDateTime:yyyy-MM-dd}-{hour.UtcDateTime.Hour}{Suffix}");

    /// <summary>
    /// The hours missing from <paramref name="present"/> between its first and last hour, counting only hours
    /// that overlap <c>[from, until)</c>.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> Missing(IReadOnlyCollection<DateTimeOffset> present, DateTimeOffset from, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(present);
        if (present.Count == 0)
        {
            return [];
        }

        var have = present.Select(h => h.ToUniversalTime()).ToHashSet();
        var first = Max(have.Min(), Floor(from));
        var last = Min(have.Max(), Floor(until.AddTicks(-1)));
        var missing = new List<DateTimeOffset>();
        for (var hour = first; hour <= last; hour = hour.AddHours(1))
        {
            if (!have.Contains(hour))
            {
                missing.Add(hour);
            }
        }

        return missing;
    }

    private static DateTimeOffset Floor(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
