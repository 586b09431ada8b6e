namespace Elections.Core.Voting;

/// <summary>The addresses the external voting tool holds, as the hand-off recorded them (docs/voting.md "Changes after the export").</summary>
/// <param name="Exported">False before the first <c>elections voting export</c>.</param>
/// <param name="Addresses">Normalised addresses, sorted.</param>
public sealed record ToolRoll(bool Exported, IReadOnlyList<string> Addresses);
