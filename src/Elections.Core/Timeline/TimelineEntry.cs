namespace Elections.Core.Timeline;

/// <summary>
/// One named point of the timeline, as a status report lists it
/// (nixos-anchor.md §4.3: announcements list "upcoming deadlines" with AoE dates).
/// </summary>
/// <param name="Key">The <c>timeline</c> key in <c>config/election.yml</c>, e.g. <c>voting_closes</c>.</param>
/// <param name="Title">A human title, e.g. <c>Voting closes</c>.</param>
/// <param name="Deadline">When it happens; <see cref="Deadline.ToString"/> shows the AoE date and the UTC instant.</param>
public sealed record TimelineEntry(string Key, string Title, Deadline Deadline)
{
    /// <summary>Renders <c>Voting closes: 2026-10-25 AoE (2026-10-26 12:00 UTC)</c>.</summary>
    public override string ToString() => $"{Title}: {Deadline}";
}
