namespace Elections.Core.Candidacy;

/// <summary>Something wrong with the nomination pull request itself: its check fails (issue 10 item 1; appendix A10).</summary>
/// <param name="Reason">What is wrong.</param>
/// <param name="Fix">What the nominator can do about it.</param>
public sealed record PullRequestProblem(string Reason, string Fix);
