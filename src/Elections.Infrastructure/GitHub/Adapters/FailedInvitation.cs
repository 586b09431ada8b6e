using Octokit;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// An entry of GET /orgs/{org}/failed_invitations, read by Octokit's deserializer: Octokit's invitation model has
/// no failure fields (and its setters are not reachable from a subclass), so this one carries the fields we read.
/// </summary>
internal sealed class FailedInvitation
{
    public long Id { get; private set; }

    public string? Login { get; private set; }

    public string? Email { get; private set; }

    public string? Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? FailedReason { get; private set; }

    public User? Inviter { get; private set; }

    public int TeamCount { get; private set; }
}
