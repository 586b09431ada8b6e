using Elections.App.Ports;

namespace Elections.Cli.Commands.Voting;

/// <summary>Appends the hand-off's steps to the store's audit log: the actor is <c>GITHUB_ACTOR</c> in Actions, else the command.</summary>
internal static class VotingAudit
{
    public static Task AppendAsync(IStore store, TimeProvider clock, string action, string subject, string reason, CancellationToken ct) =>
        store.AppendAuditAsync(
            new AuditEntry
            {
                At = clock.GetUtcNow(),
                Actor = CliEnvironment.Get("GITHUB_ACTOR") is { Length: > 0 } actor ? actor : "elections-cli",
                Action = action,
                Subject = subject,
                Reason = reason,
            },
            ct);
}
