using Elections.Core.Validation;

namespace Elections.Core.Ballots;

/// <summary>One question's result on yes/no ballots: voters answering yes, no, or neither.</summary>
/// <param name="Question">The question as the file states it.</param>
/// <param name="Yes">Ballots answering yes.</param>
/// <param name="No">Ballots answering no.</param>
/// <param name="Abstain">Ballots leaving the question blank.</param>
public sealed record YesNoCount(string Question, long Yes, long No, long Abstain);

/// <summary>
/// Yes/no ballots (referendum-style questions, e.g. a charter amendment), in the project's own
/// small text format since no standard one exists (docs/ballot-formats.md, "Yes/no ballots"):
/// <c>question: text</c> lines, then one line per ballot with one character per question —
/// <c>y</c> yes, <c>n</c> no, <c>-</c> abstain — optionally followed by whitespace and anything
/// (a receipt hash). Blank lines and <c>#</c> comments are ignored.
/// </summary>
public sealed record YesNoBallots
{
    /// <summary>Per question, in file order, the counts.</summary>
    public required IReadOnlyList<YesNoCount> Questions { get; init; }

    /// <summary>Number of ballots.</summary>
    public required long Ballots { get; init; }

    /// <summary>Parses the yes/no format.</summary>
    /// <exception cref="InvalidInputException">The text is not valid; every problem names its line and column.</exception>
    public static YesNoBallots Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var questions = new List<string>();
        var counts = new List<long[]>();
        var problems = new List<Problem>();
        long ballots = 0;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("question:", StringComparison.OrdinalIgnoreCase))
            {
                if (ballots > 0)
                {
                    problems.Add(new Problem(fileName, lineNumber, "question", "questions must come before the first ballot; move this line up", 1));
                    continue;
                }

                questions.Add(line["question:".Length..].Trim());
                counts.Add(new long[3]);
                continue;
            }

            var vote = line.Split([' ', '\t'], 2)[0];
            if (questions.Count == 0 || vote.Length != questions.Count)
            {
                problems.Add(new Problem(fileName, lineNumber, "ballot", $"the ballot has {vote.Length} answers for {questions.Count} questions; give one of y, n, - per question, after the question: lines", 1));
            }
            else
            {
                for (var q = 0; q < vote.Length; q++)
                {
                    var slot = char.ToLowerInvariant(vote[q]) switch { 'y' => 0, 'n' => 1, '-' => 2, _ => -1 };
                    if (slot < 0)
                    {
                        problems.Add(new Problem(fileName, lineNumber, "ballot", $"'{vote[q]}' is not an answer; use y (yes), n (no) or - (abstain)", q + 1));
                        break;
                    }

                    counts[q][slot]++;
                }

                ballots++;
            }

            if (problems.Count >= 50)
            {
                break;
            }
        }

        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Problem(fileName, 0, "question", "no 'question: …' lines; name each question before the ballots"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new YesNoBallots
        {
            Ballots = ballots,
            Questions = questions.Select((q, i) => new YesNoCount(q, counts[i][0], counts[i][1], counts[i][2])).ToList(),
        };
    }
}
