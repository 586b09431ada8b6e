using Elections.Core.Timeline;

namespace Elections.Core.Tests.Timeline;

public sealed class DeadlineTests
{
    [Fact]
    public void ClosingAoe_Date_EndsAtNoonUtcNextDay()
    {
        var deadline = Deadline.ClosingAoe(new DateOnly(2026, 9, 27));

        Assert.Equal(new DateTimeOffset(2026, 9, 28, 12, 0, 0, TimeSpan.Zero), deadline.Utc);
        Assert.Equal(TimeSpan.FromHours(-12), deadline.Instant.Offset);
        Assert.Equal(new DateTimeOffset(2026, 9, 27, 23, 59, 59, TimeSpan.FromHours(-12)).AddSeconds(1), deadline.Instant);
    }

    [Fact]
    public void OpeningAoe_Date_StartsAtNoonUtcSameDay()
    {
        var deadline = Deadline.OpeningAoe(new DateOnly(2026, 10, 5));

        Assert.Equal(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero), deadline.Utc);
    }

    [Fact]
    public void OpeningAoe_DayAfterClosing_IsTheSameInstant()
    {
        var closing = Deadline.ClosingAoe(new DateOnly(2026, 10, 4));
        var opening = Deadline.OpeningAoe(new DateOnly(2026, 10, 5));

        Assert.Equal(closing.Utc, opening.Utc);
    }

    [Fact]
    public void ToString_AoeDate_ShowsDateAndUtcInstant()
    {
        Assert.Equal("2026-09-27 AoE (2026-09-28 12:00 UTC)", Deadline.ClosingAoe(new DateOnly(2026, 9, 27)).ToString());
        Assert.Equal("2026-10-05 AoE start of day (2026-10-05 12:00 UTC)", Deadline.OpeningAoe(new DateOnly(2026, 10, 5)).ToString());
    }

    [Fact]
    public void ToString_ExactUtcInstant_ShowsUtcOnly()
    {
        var deadline = Deadline.Exact(new DateTimeOffset(2026, 9, 27, 18, 30, 0, TimeSpan.Zero), DeadlineBoundary.Closing);

        Assert.Equal("2026-09-27 18:30 UTC", deadline.ToString());
        Assert.Null(deadline.AoeDate);
    }

    [Fact]
    public void HasPassed_AtTheInstant_IsTrueAndJustBeforeIsFalse()
    {
        var deadline = Deadline.ClosingAoe(new DateOnly(2026, 9, 27));

        Assert.True(deadline.HasPassed(deadline.Utc));
        Assert.False(deadline.HasPassed(deadline.Utc.AddTicks(-1)));
    }
}
