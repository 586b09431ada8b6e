using System.Diagnostics;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// The rehearsal's virtual clock, shared by the emulated GitHub, the webhook host and the committee's commands: it starts
/// at an instant of the election's timeline, runs at the speed of real time, and jumps forward between steps.
/// </summary>
internal sealed class RehearsalClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_origin) + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Jumps to <paramref name="target"/> when it lies ahead; the clock never goes back.</summary>
    public void MoveTo(DateTimeOffset target)
    {
        var ahead = target - GetUtcNow();
        if (ahead > TimeSpan.Zero)
        {
            Interlocked.Add(ref _offsetTicks, ahead.Ticks);
        }
    }
}
