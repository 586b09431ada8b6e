using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;

namespace Elections.App.Candidacy;

/// <summary>Reads the questions to the candidates from GitHub: the issues with the question label, each with its comments.</summary>
public static class QuestionReader
{
    public static async Task<IReadOnlyList<CandidateQuestion>> ReadAsync(IGitHub gitHub, RepositoryRef repository, string label, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        ArgumentNullException.ThrowIfNull(repository);
        var found = await gitHub.Search.SearchIssuesAsync($"repo:{repository.FullName} is:issue label:\"{label}\"", ct).ConfigureAwait(false);
        var questions = new List<CandidateQuestion>();
        foreach (var item in found.Items.Where(i => !i.IsPullRequest).OrderBy(i => i.Number))
        {
            if (!(await gitHub.Issues.GetAsync(repository, item.Number, ct).ConfigureAwait(false)).TryGetValue(out var issue))
            {
                continue;
            }

            var comments = await gitHub.Issues.ListCommentsAsync(repository, item.Number, ct).ConfigureAwait(false);
            questions.Add(new CandidateQuestion(
                issue.Number,
                issue.Title,
                issue.Body,
                issue.HtmlUrl,
                new Person(issue.Author.Id, issue.Author.Login),
                issue.CreatedAt,
                [.. comments.Select(c => new CommentFact(c.Id, new Person(c.Author.Id, c.Author.Login), c.Body, c.CreatedAt, c.UpdatedAt))]));
        }

        return questions;
    }
}
