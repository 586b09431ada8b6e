using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;

namespace Elections.App.Candidacy;

/// <summary>
/// The effects for a withdrawal pull request (docs/candidacy.md "Withdrawal"): the <c>nomination</c> check run from
/// <see cref="WithdrawalRules"/>, none of the nomination labels, and one reply per outcome saying what merging does
/// or what is wrong.
/// </summary>
public static class WithdrawalEffects
{
    /// <summary>The effects for <paramref name="check"/> of <paramref name="pull"/>, withdrawing <paramref name="login"/>, given the run now on its head (if any).</summary>
    public static IReadOnlyList<Effect> Plan(NominationCheck check, string login, PullRequest pull, CheckRun? existing, LabelNames labels, string repository, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(pull);
        ArgumentNullException.ThrowIfNull(labels);
        var effects = new List<Effect>();
        if (NominationEffects.CheckEffect(check, pull, existing, repository, deliveryId) is { } run)
        {
            effects.Add(run);
        }

        if (NominationEffects.LabelsEffect([(labels.Nomination, false), (labels.NomineeAccepted, false), (labels.EnoughEndorsements, false)], pull, repository, deliveryId) is { } labelled)
        {
            effects.Add(labelled);
        }

        var valid = check.Conclusion == CheckConclusion.Success;
        effects.Add(new CommentEffect
        {
            IdempotencyKey = $"nomination-reply:{repository}#{pull.Number}:pull:{pull.Number}:withdrawal-{(valid ? "valid" : "invalid")}",
            Repository = repository,
            IssueNumber = pull.Number,
            Body = valid
                ? $"@{pull.Author.Login}, merging this pull request withdraws @{login} from the election; the committee merges it. To stay a candidate, close it instead.\n\nSee docs/candidacy.md."
                : $"@{pull.Author.Login}, this withdrawal cannot be merged as it is; the `nomination` check says why and what to do.\n\nSee docs/candidacy.md.",
        });
        return effects;
    }
}
