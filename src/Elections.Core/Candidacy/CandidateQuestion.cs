namespace Elections.Core.Candidacy;

/// <summary>A question to the candidates: an issue with the configured <c>question</c> label (nixos-anchor §3.10), with its comments.</summary>
/// <param name="Number">The issue number.</param>
/// <param name="Title">The issue title: the question in short.</param>
/// <param name="Body">The issue body: the question in full.</param>
/// <param name="Url">The page.</param>
/// <param name="Author">Who asked.</param>
/// <param name="CreatedAt">GitHub's <c>created_at</c>.</param>
/// <param name="Comments">The comments, oldest first.</param>
public sealed record CandidateQuestion(int Number, string Title, string Body, string Url, Person Author, DateTimeOffset CreatedAt, IReadOnlyList<CommentFact> Comments);
