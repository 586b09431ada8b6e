namespace Elections.App.Ports;

/// <summary>How many deliveries the store holds in each state, and how many effects it journaled.</summary>
public sealed record StoreCounts(long Queued, long Done, long Failed, long Effects);
