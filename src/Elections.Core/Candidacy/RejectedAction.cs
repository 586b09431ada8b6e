namespace Elections.Core.Candidacy;

/// <summary>
/// An action that did not count, with the reason for the person who gave it (nixos-anchor appendix A1,
/// A2: the anchor ignored them silently).
/// </summary>
/// <param name="Actor">Who acted.</param>
/// <param name="Source">Comment or review.</param>
/// <param name="SourceId">The comment or review id.</param>
/// <param name="Action">What they tried: a command word (e.g. <c>!endorse</c>) or <c>approval</c>.</param>
/// <param name="Reason">Why it did not count.</param>
/// <param name="Message">One or two sentences for the person: what happened and what to do.</param>
public sealed record RejectedAction(Person Actor, ActionSource Source, long SourceId, string Action, RejectionReason Reason, string Message);
