using Elections.Core.Configuration;

namespace Elections.Core.Candidacy;

/// <summary>One endorsement that counts (nixos-anchor §3.3): an eligible voter other than the nominee, in time, on the open pull request.</summary>
/// <param name="Endorser">Who endorsed.</param>
/// <param name="Channel">An approving review or a comment.</param>
/// <param name="At">GitHub's timestamp of the endorsement.</param>
/// <param name="SourceId">The review or comment id.</param>
public sealed record Endorsement(Person Endorser, EndorsementChannel Channel, DateTimeOffset At, long SourceId);
