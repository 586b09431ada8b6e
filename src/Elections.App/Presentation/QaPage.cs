using System.Text;
using Elections.Core.Candidacy;

namespace Elections.App.Presentation;

/// <summary>A candidate's Q&amp;A page in Markdown: every answer in full under its question, then the unanswered questions, readable without clicking through.</summary>
public static class QaPage
{
    public static string Render(CandidateAnswers answers, string name)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var title = string.IsNullOrWhiteSpace(name) ? $"@{answers.Candidate.Login}" : $"{name} (@{answers.Candidate.Login})";
        var text = new StringBuilder($"# Questions and answers: {title}\n\n")
            .Append($"Compiled by `elections candidates qa` from the issues labelled as questions: the candidate's first answer to each.\n\n")
            .Append($"## Answered ({answers.Answered.Count})\n\n");
        foreach (var (question, answer) in answers.Answered)
        {
            text.Append($"### {question.Title} ([#{question.Number}]({question.Url}))\n\n")
                .Append($"Asked by @{question.Author.Login}:\n\n")
                .Append(Quote(question.Body))
                .Append($"\nAnswer ({Instants.Format(answer.CreatedAt)}):\n\n")
                .Append(answer.Body.Trim()).Append("\n\n");
        }

        text.Append($"## Unanswered ({answers.Unanswered.Count})\n\n");
        foreach (var question in answers.Unanswered)
        {
            text.Append($"### {question.Title} ([#{question.Number}]({question.Url}))\n\n").Append(Quote(question.Body)).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string body) =>
        string.Concat(body.Trim().ReplaceLineEndings("\n").Split('\n').Select(line => line.Length == 0 ? ">\n" : $"> {line}\n"));
}
