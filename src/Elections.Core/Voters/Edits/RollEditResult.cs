namespace Elections.Core.Voters.Edits;

/// <summary>The roll after a <see cref="RollEdit"/>: its voters and audit section, and the commit message stating the reason.</summary>
public sealed record RollEditResult
{
    /// <summary>Every voter after the change, in file order.</summary>
    public required IReadOnlyList<Voter> Voters { get; init; }

    /// <summary>The audit section with the new line last.</summary>
    public required IReadOnlyList<RollAuditEntry> Audit { get; init; }

    /// <summary>The changed (or added) voter.</summary>
    public required Voter Changed { get; init; }

    /// <summary>The commit title, e.g. <c>voters.json: exception for @login (123)</c>.</summary>
    public required string CommitTitle { get; init; }

    /// <summary>The whole commit message: the title, a blank line, the reason, who decided and the proof.</summary>
    public required string CommitMessage { get; init; }
}
