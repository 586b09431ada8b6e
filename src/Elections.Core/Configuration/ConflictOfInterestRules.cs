namespace Elections.Core.Configuration;

/// <summary>
/// The conflict-of-interest balance (nixos-anchor.md §3.11, constitution "CoI Balance"): at most one
/// elected person per conflict group once results take effect (the lowest vote-getters are removed),
/// and a hard maximum of two at any time.
/// </summary>
public sealed record ConflictOfInterestRules
{
    /// <summary>The most people of one conflict group the count may elect.</summary>
    public int MaxElectedPerGroup { get; init; } = 1;

    /// <summary>The most people of one conflict group that may ever sit together.</summary>
    public int HardMaxPerGroup { get; init; } = 2;
}
