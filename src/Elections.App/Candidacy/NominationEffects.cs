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
        if (CheckEffect(assessment.Check, pull, existing, repository, deliveryId) is { } check)
        {
            effects.Add(check);
        }

        var wanted = new (string Name, bool On)[]
        {
            (labels.Nomination, assessment.Labels.Nomination),
            (labels.NomineeAccepted, assessment.Labels.NomineeAccepted),
            (labels.EnoughEndorsements, assessment.Labels.EnoughEndorsements),
        };
        if (LabelsEffect(wanted, pull, repository, deliveryId) is { } labelled)
        {
            effects.Add(labelled);
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

    /// <summary>The <c>nomination</c> check run effect when <paramref name="check"/> says something else than <paramref name="existing"/>; null when it says the same.</summary>
    public static Effect? CheckEffect(NominationCheck check, PullRequest pull, CheckRun? existing, string repository, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(pull);
        var conclusion = check.Conclusion switch
        {
            CheckConclusion.Success => CheckRunConclusion.Success,
            CheckConclusion.Failure => CheckRunConclusion.Failure,
            _ => CheckRunConclusion.Neutral,
        };
        var summary = check.Summary.Length <= MaxSummary ? check.Summary : check.Summary[..MaxSummary] + "\n\n(cut: too long)";
        if (existing is not null && existing.Conclusion == conclusion && existing.Title == check.Title && existing.Summary == summary)
        {
            return null;
        }

        return new CheckRunEffect
        {
            IdempotencyKey = $"nomination-check:{repository}#{pull.Number}:{pull.HeadSha}:{deliveryId}",
            Repository = repository,
            ExistingRunId = existing?.Id,
            Run = new CheckRunRequest { Name = NominationCheck.Name, HeadSha = pull.HeadSha, Conclusion = conclusion, Title = check.Title, Summary = summary },
        };
    }

    /// <summary>The labels effect that turns each of <paramref name="wanted"/> on or off on <paramref name="pull"/>; null when nothing differs.</summary>
    public static Effect? LabelsEffect(IReadOnlyList<(string Name, bool On)> wanted, PullRequest pull, string repository, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(pull);
        bool Has(string name) => pull.Labels.Any(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        var add = wanted.Where(w => w.On && !Has(w.Name)).Select(w => w.Name).ToList();
        var remove = wanted.Where(w => !w.On && Has(w.Name)).Select(w => w.Name).ToList();
        if (add.Count + remove.Count == 0)
        {
            return null;
        }

        return new LabelsEffect
        {
            IdempotencyKey = $"nomination-labels:{repository}#{pull.Number}:{deliveryId}:{string.Join(",", add.Select(l => "+" + l).Concat(remove.Select(l => "-" + l)))}",
            Repository = repository,
            IssueNumber = pull.Number,
            Add = add,
            Remove = remove,
        };
    }
}
