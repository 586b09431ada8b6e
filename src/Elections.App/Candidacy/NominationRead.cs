using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;

namespace Elections.App.Candidacy;

/// <summary>One nomination pull request as read from GitHub: the raw pull request (labels, head) and the facts the Core judges.</summary>
/// <param name="PullRequest">The pull request as GitHub returned it.</param>
/// <param name="Facts">Its files, reviews, comments and candidate file, for <see cref="NominationAssessor"/>.</param>
public sealed record NominationRead(PullRequest PullRequest, NominationFacts Facts);
