namespace Elections.Core.Voters.Generation;

/// <summary>An address a source offers for a person, with the source's name (<c>email_source</c> in the roll).</summary>
/// <param name="Source">The source: <c>previous_roll</c>, <c>maintainers</c>, <c>profile</c> or <c>commits</c> (<c>roll</c> addresses are kept, not offered).</param>
/// <param name="Address">The address offered.</param>
public sealed record EmailCandidate(string Source, string Address);
