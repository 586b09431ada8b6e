using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;

namespace Elections.App.Candidacy;

/// <summary>
/// Turns an assessment into the effects that bring GitHub in line with it (desired against actual): the
/// <c>nomination</c> check run when it says something else than the existing one, the configured labels that
/// differ, and each reply not yet posted. Keys (docs/candidacy.md "Idempotency"): replies by comment or review id
/// and decision (once, ever); check and labels by head or pull request and delivery, so a redelivery repeats nothing
/// and a later change is applied again.
/// </summary>
public static class NominationEffects
{
    /// <summary>GitHub's limit on a check run summary is 65535 characters; stay below it.</summary>
    private const int MaxSummary = 60_000;

    /// <summary>The effects for <paramref name="assessment"/> of <paramref name="pull"/> given the run now on its head (if any).</summary>
    public static IReadOnlyList<Effect> Plan(NominationAssessment assessment, PullRequest pull, CheckRun? existing, LabelNames labels, string repository, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(pull);
        ArgumentNullException.ThrowIfNull(labels);
        var effects = new List<Effect>();
        var prefix = $"{repository}#{pull.Number}";
        var check = assessment.Check;
        var conclusion = check.Conclusion switch
        {
            CheckConclusion.Success => CheckRunConclusion.Success,
            CheckConclusion.Failure => CheckRunConclusion.Failure,
            _ => CheckRunConclusion.Neutral,
        };
        var summary = check.Summary.Length <= MaxSummary ? check.Summary : check.Summary[..MaxSummary] + "\n\n(cut: too long)";
        if (existing is null || existing.Conclusion != conclusion || existing.Title != check.Title || existing.Summary != summary)
        {
            effects.Add(new CheckRunEffect
            {
                IdempotencyKey = $"nomination-check:{prefix}:{pull.HeadSha}:{deliveryId}",
                Repository = repository,
                ExistingRunId = existing?.Id,
                Run = new CheckRunRequest { Name = NominationCheck.Name, HeadSha = pull.HeadSha, Conclusion = conclusion, Title = check.Title, Summary = summary },
            });
        }

        var wanted = new (string Name, bool On)[]
        {
            (labels.Nomination, assessment.Labels.Nomination),
            (labels.NomineeAccepted, assessment.Labels.NomineeAccepted),
            (labels.EnoughEndorsements, assessment.Labels.EnoughEndorsements),
        };
        bool Has(string name) => pull.Labels.Any(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        var add = wanted.Where(w => w.On && !Has(w.Name)).Select(w => w.Name).ToList();
        var remove = wanted.Where(w => !w.On && Has(w.Name)).Select(w => w.Name).ToList();
        if (add.Count + remove.Count > 0)
        {
            effects.Add(new LabelsEffect
            {
                IdempotencyKey = $"nomination-labels:{prefix}:{deliveryId}:{string.Join(",", add.Select(l => "+" + l).Concat(remove.Select(l => "-" + l)))}",
                Repository = repository,
                IssueNumber = pull.Number,
                Add = add,
                Remove = remove,
            });
        }

        effects.AddRange(assessment.Replies.Select(reply => new CommentEffect
        {
            IdempotencyKey = $"nomination-reply:{prefix}:{reply.Source.ToString().ToLowerInvariant()}:{reply.SourceId}:{reply.Decision}",
            Repository = repository,
            IssueNumber = pull.Number,
            Body = $"{reply.Body}\n\nSee docs/candidacy.md.",
        }));
        return effects;
    }
}
