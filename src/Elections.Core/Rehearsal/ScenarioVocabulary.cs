namespace Elections.Core.Rehearsal;

/// <summary>The shape of one kind of action or expectation: its fields, which are required, which name a person.</summary>
public sealed record ScenarioKind(string Name, IReadOnlyList<string> Required, IReadOnlyList<string> Optional, IReadOnlyList<string> PersonFields, string Help);

/// <summary>
/// Every action and expectation a scenario may use (docs/rehearsal.md). Actions are what people (and the committee) do;
/// expectations are what the bot must have done by the end of the step.
/// </summary>
public static class ScenarioVocabulary
{
    /// <summary>Actions, by name.</summary>
    public static IReadOnlyDictionary<string, ScenarioKind> Actions { get; } = ByName(
        new("nominate", ["by", "nominee"], ["form", "also_edit"], ["by", "nominee"], "opens a nomination pull request adding candidates/NOMINEE.md (form: complete or empty)"),
        new("accept", ["nominee"], ["by"], ["nominee", "by"], "writes the accept command on the nominee's pull request (by: someone else's accept)"),
        new("form", ["nominee"], [], ["nominee"], "the nominee pushes a complete candidate form to the pull request"),
        new("endorse", ["by", "nominee"], ["via"], ["by", "nominee"], "endorses the nomination (via: comment or review)"),
        new("retract", ["by", "nominee"], [], ["by", "nominee"], "writes !unendorse on the nomination"),
        new("comment", ["by", "nominee", "text"], [], ["by", "nominee"], "writes a comment on the nomination"),
        new("ask", ["by", "title"], [], ["by"], "opens a question issue to the candidates"),
        new("answer", ["by", "question"], ["text"], ["by"], "answers the question with this title"),
        new("mail", ["template"], [], [], "the committee sends the personal mailout of this announcement (roll-notice, voting-reminder, ...)"),
        new("finalise", [], [], [], "the committee runs elections candidates finalise"),
        new("vote", [], ["ballots"], [], "voting hand-off: simulated voters cast ballots (ballots: how many; default every voter who can vote)"),
        new("count", [], [], [], "the committee imports the ballots and counts them with the election's method (elections voting import, elections results)"),
        new("publish", ["stage"], ["refused"], [], "the committee publishes the result (elections results publish --stage candidates|public); refused: the stage must be refused with these words"),
        new("merge_results", [], ["by"], ["by"], "the committee opens a pull request with results/ and the public voting/ files; once the bot has checked it, an official (by; default the first) merges it"),
        new("writeback", [], [], [], "the committee proposes the governance file with the winners (elections results writeback) on the emulated governance repository"));

    /// <summary>Expectations, by name.</summary>
    public static IReadOnlyDictionary<string, ScenarioKind> Expectations { get; } = ByName(
        new("nomination", ["nominee"], ["check", "labels", "title"], ["nominee"], "the nomination check run's conclusion (success, neutral, failure), its labels, words of its title"),
        new("reply", ["nominee", "to"], ["contains"], ["nominee", "to"], "the bot replied to this person on the nomination, with these words"),
        new("question", ["title"], ["labels"], [], "the question issue's labels"),
        new("mail", ["template"], ["messages"], [], "messages of the mailout that reached the mail server (a number, every-voter, or every-candidate for the result sent privately to the candidates)"),
        new("candidates", ["confirmed"], [], ["confirmed"], "the finalised candidate list"),
        new("result", [], ["elected"], [], "how many were elected (a number, or seats)"),
        new("publication", ["stage"], [], [], "the publication stage (candidates or public) is recorded in results/publication.json; public: the announcement is rendered"),
        new("results_pull", [], ["check", "reply"], [], "the results pull request's results check run has this conclusion; the bot's reply on it contains these words"),
        new("writeback", [], ["removed"], ["removed"], "the open write-back pull request's file lists every winner with a new term, and not the members named in removed"));

    /// <summary>Written in <see cref="Values"/> where a whole number is allowed.</summary>
    public const string WholeNumber = "a whole number";

    /// <summary>The values a field takes, by <c>kind.field</c>, for the fields that do not take any text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["nominate.form"] = ["complete", "empty"],
        ["endorse.via"] = ["comment", "review"],
        ["vote.ballots"] = [WholeNumber],
        ["publish.stage"] = ["candidates", "public"],
        ["nomination.check"] = ["success", "neutral", "failure"],
        ["mail.messages"] = [WholeNumber, "every-voter", "every-candidate"],
        ["result.elected"] = [WholeNumber, "seats"],
        ["publication.stage"] = ["candidates", "public"],
        ["results_pull.check"] = ["success", "neutral", "failure", "action_required"],
    };

    private static Dictionary<string, ScenarioKind> ByName(params ScenarioKind[] kinds) => kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
}
