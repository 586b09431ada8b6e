using System.Globalization;

namespace Elections.Core.Timeline;

/// <summary>
/// One point of the election timeline: either an Anywhere-on-Earth date (the NixOS rule "all
/// deadlines are Anywhere on Earth = end of the day in UTC−12", nixos-anchor.md §3.5) or an exact
/// instant with an offset for committees that want a precise time. Always exposes the exact UTC
/// instant, so windows are half-open [opening, closing) and contiguous (DESIGN principle 7).
/// </summary>
public readonly record struct Deadline
{
    private static readonly TimeSpan AoeOffset = TimeSpan.FromHours(-12);

    private Deadline(DateTimeOffset instant, DateOnly? aoeDate, DeadlineBoundary boundary)
    {
        Instant = instant;
        AoeDate = aoeDate;
        Boundary = boundary;
    }

    /// <summary>The instant as written (its own offset); for AoE dates the UTC−12 wall time.</summary>
    public DateTimeOffset Instant { get; }

    /// <summary>The exact instant in UTC.</summary>
    public DateTimeOffset Utc => Instant.ToUniversalTime();

    /// <summary>The Anywhere-on-Earth date this deadline was written as, or null for an exact instant.</summary>
    public DateOnly? AoeDate { get; }

    /// <summary>Whether the date opens or closes a window (matters only for AoE dates).</summary>
    public DeadlineBoundary Boundary { get; }

    /// <summary>
    /// A closing AoE date: the end of <paramref name="date"/> in UTC−12, which is 12:00 UTC on the
    /// following day (2026-09-27 → 2026-09-28T12:00:00Z).
    /// </summary>
    public static Deadline ClosingAoe(DateOnly date) =>
        new(new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), AoeOffset), date, DeadlineBoundary.Closing);

    /// <summary>
    /// An opening AoE date: the start of <paramref name="date"/> in UTC−12 (the moment the previous
    /// day ends everywhere on Earth), which is 12:00 UTC on that date (2026-10-05 → 2026-10-05T12:00:00Z).
    /// </summary>
    public static Deadline OpeningAoe(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), AoeOffset), date, DeadlineBoundary.Opening);

    /// <summary>An AoE date with the given boundary.</summary>
    public static Deadline Aoe(DateOnly date, DeadlineBoundary boundary) =>
        boundary == DeadlineBoundary.Opening ? OpeningAoe(date) : ClosingAoe(date);

    /// <summary>An exact instant, kept with the offset it was written with.</summary>
    public static Deadline Exact(DateTimeOffset instant, DeadlineBoundary boundary) => new(instant, null, boundary);

    /// <summary>True when <paramref name="now"/> is at or after this instant (a window ending here is over).</summary>
    public bool HasPassed(DateTimeOffset now) => now >= Instant;

    /// <summary>The UTC instant alone: <c>2026-09-28 12:00 UTC</c>.</summary>
    public string FormatUtc() => Utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>
    /// Both forms: <c>2026-09-27 AoE (2026-09-28 12:00 UTC)</c> for a closing date,
    /// <c>2026-10-05 AoE start of day (2026-10-05 12:00 UTC)</c> for an opening one, or for an exact instant
    /// <c>2026-09-28 14:00 +02:00 (2026-09-28 12:00 UTC)</c>.
    /// </summary>
    public override string ToString()
    {
        if (AoeDate is { } date)
        {
            var start = Boundary == DeadlineBoundary.Opening ? " start of day" : "";
            return $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} AoE{start} ({FormatUtc()})";
        }

        var written = Instant.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        return Instant.Offset == TimeSpan.Zero ? FormatUtc() : $"{written} ({FormatUtc()})";
    }
}
