using Elections.Core.Timeline;

namespace Elections.Core.Candidacy;

/// <summary>
/// One candidate's Q&amp;A page (issue 10 item 6, nixos-anchor §3.10): for each question asked in time by a voter,
/// the candidate's first top-level answer given in time, and the questions still unanswered.
/// </summary>
public sealed record CandidateAnswers
{
    /// <summary>The candidate.</summary>
    public required Person Candidate { get; init; }

    /// <summary>The questions answered, in question order, each with its answer.</summary>
    public required IReadOnlyList<(CandidateQuestion Question, CommentFact Answer)> Answered { get; init; }

    /// <summary>The questions not answered (yet).</summary>
    public required IReadOnlyList<CandidateQuestion> Unanswered { get; init; }

    /// <summary>
    /// Compiles the page. A question counts when asked by someone on the voter roll before <c>questions_close</c>;
    /// the answer is the candidate's first comment on it written before <c>answers_close</c> that is top-level
    /// (does not open with a <c>&gt;</c> quote, the way a reply to another comment does).
    /// </summary>
    public static CandidateAnswers Of(Person candidate, IReadOnlyList<CandidateQuestion> questions, Func<long, bool> isVoter, ElectionTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(isVoter);
        ArgumentNullException.ThrowIfNull(timeline);
        var answered = new List<(CandidateQuestion, CommentFact)>();
        var unanswered = new List<CandidateQuestion>();
        foreach (var question in Eligible(questions, isVoter, timeline))
        {
            var answer = question.Comments.FirstOrDefault(c =>
                c.Author.Id == candidate.Id && !timeline.AnswersClose.HasPassed(c.CreatedAt) && IsTopLevel(c.Body));
            if (answer is null)
            {
                unanswered.Add(question);
            }
            else
            {
                answered.Add((question, answer));
            }
        }

        return new CandidateAnswers { Candidate = candidate, Answered = answered, Unanswered = unanswered };
    }

    /// <summary>The questions that count, by number: asked in time by a voter.</summary>
    public static IReadOnlyList<CandidateQuestion> Eligible(IReadOnlyList<CandidateQuestion> questions, Func<long, bool> isVoter, ElectionTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(isVoter);
        ArgumentNullException.ThrowIfNull(timeline);
        return [.. questions.Where(q => isVoter(q.Author.Id) && !timeline.QuestionsClose.HasPassed(q.CreatedAt)).OrderBy(q => q.Number)];
    }

    private static bool IsTopLevel(string body) => body.Trim().Length > 0 && !body.TrimStart().StartsWith('>');
}
