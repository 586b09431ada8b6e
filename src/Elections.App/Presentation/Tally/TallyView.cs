using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;

namespace Elections.App.Presentation.Tally;

/// <summary>Everything the tally outputs show: the final count, the conflict steps and the terms.</summary>
public sealed record TallyView(ConflictOutcome Outcome, IReadOnlyList<ConflictGroup> Groups, int? LongTerms, string Title)
{
    public TallyResult Result => Outcome.Result;

    public IEnumerable<string> ConflictLines =>
        Outcome.Steps.Select(s => s.Describe(Groups.First(g => g.Name == s.Group).Max));

    public (IReadOnlyList<string> Long, IReadOnlyList<string> Short)? Terms =>
        LongTerms is { } n ? TermAssignment.Assign(Result, n) : null;
}
