using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Candidates;

namespace Elections.App.Candidacy;

/// <summary>
/// The nominees as <c>elections candidates status</c> lists them (issue 10 item 7): the candidate files on the default
/// branch and, from GitHub, every open nomination pull request judged by the same <see cref="NominationAssessor"/> the
/// bot uses.
/// </summary>
public static class CandidatesStatus
{
    /// <summary>The standing of each candidate file (merged nominations): form and file rules only.</summary>
    public static IReadOnlyList<NomineeStanding> FromFiles(CandidacyElection election)
    {
        ArgumentNullException.ThrowIfNull(election);
        var officials = ElectionOfficials.Of(election.Config);
        return [.. election.Candidates.Select(file =>
        {
            var problems = CandidateValidator.Validate([file], election.Roll, officials);
            var id = election.Roll.TryFindByLogin(file.Login, out var voter) ? voter.Id : null;
            var complete = file.State == NominationState.FormComplete;
            return new NomineeStanding
            {
                Login = id is null ? file.Login : voter.Login,
                Id = id,
                Accepted = true,
                FormComplete = complete,
                Independent = Independence.Maximum(id is { } known ? [known] : [], election.ConflictGroups).Size,
                Status = problems.Count > 0 ? NominationStatus.Invalid : complete ? NominationStatus.Confirmed : NominationStatus.Pending,
                Missing = problems.Count > 0 ? [.. problems.Select(p => p.Message)] : complete ? [] : [Missing.Form],
            };
        })];
    }

    /// <summary>The files on the default branch, then every open nomination pull request read from GitHub.</summary>
    public static async Task<IReadOnlyList<NomineeStanding>> FromGitHubAsync(IGitHub gitHub, RepositoryRef repository, CandidacyElection election, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        ArgumentNullException.ThrowIfNull(election);
        var open = await NominationReader.ListOpenAsync(gitHub, repository, cancellationToken).ConfigureAwait(false);
        var withOpen = election with { OpenNominations = open };
        var standings = FromFiles(withOpen).ToList();
        foreach (var nomination in open)
        {
            var read = await NominationReader.ReadAsync(gitHub, repository, nomination.Number, election.Config.Labels.Nomination, cancellationToken).ConfigureAwait(false);
            if (read is not null)
            {
                standings.Add(Of(NominationAssessor.Assess(read.Facts, withOpen)));
            }
        }

        return standings;
    }

    /// <summary>The standing an assessment gives.</summary>
    public static NomineeStanding Of(NominationAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new NomineeStanding
        {
            Login = assessment.NomineeLogin,
            Id = assessment.NomineeId,
            PullRequest = assessment.Number,
            NominatedBy = assessment.Nominator.Login,
            Accepted = assessment.Accepted,
            FormComplete = assessment.FormComplete,
            Endorsers = [.. assessment.Endorsers.Select(e => e.Endorser.Login)],
            Independent = assessment.Independence.Size,
            Status = assessment.Status,
            Missing = assessment.Problems.Count > 0
                ? [.. assessment.Problems.Select(p => p.Reason)]
                : assessment.Decision is NomineeDecision.Declined or NomineeDecision.Withdrawn
                    ? [assessment.Decision.ToString().ToLowerInvariant()]
                    : [.. assessment.Missing.Select(m => m.Code)],
        };
    }
}
