namespace Elections.Core.Candidacy;

/// <summary>
/// A short reply on the pull request about one action, at most one per (comment or review, decision), so
/// an edited comment or a redelivered event never posts it twice.
/// </summary>
/// <param name="Source">Comment or review the reply is about.</param>
/// <param name="SourceId">Its id.</param>
/// <param name="Decision">A stable word for the decision, e.g. <c>late</c>, <c>typo</c>, <c>not-nominee</c>.</param>
/// <param name="Body">The reply (Markdown).</param>
public sealed record NominationReply(ActionSource Source, long SourceId, string Decision, string Body);
