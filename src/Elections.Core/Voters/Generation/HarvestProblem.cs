namespace Elections.Core.Voters.Generation;

/// <summary>
/// A hole in the contribution data: a missing, truncated or corrupt GH Archive hour, or an event line
/// that could not be read (nixos-anchor §1.4 step 4 warned about missing hours; issue 11 makes them errors
/// unless <c>--allow-gaps</c> records them in the snapshot).
/// </summary>
/// <param name="Where">The hour file, with <c>:line</c> for a bad line.</param>
/// <param name="Problem">What is wrong, for people.</param>
public sealed record HarvestProblem(string Where, string Problem)
{
    /// <summary>Renders <c>where: problem</c>.</summary>
    public override string ToString() => $"{Where}: {Problem}";
}
