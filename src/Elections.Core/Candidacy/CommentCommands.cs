namespace Elections.Core.Candidacy;

/// <summary>
/// What one comment says, whatever its length: at most one acceptance decision and one endorsement
/// decision (the last of each kind written wins, so a thousand <c>!endorse</c> lines count once), and
/// the hints for near-misses.
/// </summary>
/// <param name="Acceptance"><see cref="CommandKind.Accept"/>, <see cref="CommandKind.Decline"/> or null.</param>
/// <param name="Endorsement"><see cref="CommandKind.Endorse"/>, <see cref="CommandKind.Unendorse"/> or null.</param>
/// <param name="Hints">Typos and misplaced commands, each word once.</param>
public sealed record CommentCommands(CommandKind? Acceptance, CommandKind? Endorsement, IReadOnlyList<CommandHint> Hints)
{
    /// <summary>True when the comment gives no command and needs no hint.</summary>
    public bool IsEmpty => Acceptance is null && Endorsement is null && Hints.Count == 0;
}
