using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Voters;

namespace Elections.Core.Candidacy;

/// <summary>
/// Replays a nomination's comments and reviews in GitHub's time order (issue 10 items 2, 3 and 5;
/// appendix A1, A2, A4): the nominee's accept or decline, endorsements and their retractions, each
/// checked before it counts (a voter who can vote, not the nominee, not an official, on the open pull
/// request, before the deadline by GitHub's own timestamp), with every refusal recorded and explained.
/// The last valid word of each person wins.
/// </summary>
public sealed class ActionLedger
{
    private readonly NominationFacts _facts;
    private readonly CandidacyElection _election;
    private readonly string _nomineeLogin;
    private readonly long? _nomineeId;
    private readonly CommandParser _parser;
    private readonly ElectionOfficials _officials;
    private readonly List<RejectedAction> _rejected = [];
    private readonly List<NominationReply> _replies = [];
    private readonly Dictionary<long, Endorsement?> _endorsements = [];

    private ActionLedger(NominationFacts facts, CandidacyElection election, string nomineeLogin, long? nomineeId)
    {
        _facts = facts;
        _election = election;
        _nomineeLogin = nomineeLogin;
        _nomineeId = nomineeId;
        _parser = new CommandParser(election.Config);
        _officials = ElectionOfficials.Of(election.Config);
        Decision = InitialDecision();
    }

    /// <summary>What the nominee said last (before any withdrawal by closing).</summary>
    public NomineeDecision Decision { get; private set; }

    /// <summary>The endorsements that count, earliest first.</summary>
    public IReadOnlyList<Endorsement> Endorsers => [.. _endorsements.Values.OfType<Endorsement>().OrderBy(e => e.At).ThenBy(e => e.SourceId)];

    /// <summary>Every action that did not count.</summary>
    public IReadOnlyList<RejectedAction> Rejected => _rejected;

    /// <summary>The replies to post.</summary>
    public IReadOnlyList<NominationReply> Replies => _replies;

    /// <summary>Replays every comment and review of <paramref name="facts"/>.</summary>
    public static ActionLedger Replay(NominationFacts facts, CandidacyElection election, string nomineeLogin, long? nomineeId)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(nomineeLogin);
        var ledger = new ActionLedger(facts, election, nomineeLogin, nomineeId);
        var actions = facts.Comments.Where(c => !c.Author.IsBot).Select(c => new TimedAction(c.ActedAt, 0, c.Id, c, null))
            .Concat(facts.Reviews.Where(r => !r.Reviewer.IsBot).Select(r => new TimedAction(r.SubmittedAt, 1, r.Id, null, r)))
            .OrderBy(a => a.At).ThenBy(a => a.Order).ThenBy(a => a.Id);
        foreach (var action in actions)
        {
            if (action.Comment is { } comment)
            {
                ledger.ApplyComment(comment);
            }
            else
            {
                ledger.ApplyReview(action.Review!);
            }
        }

        return ledger;
    }

    private NomineeDecision InitialDecision() =>
        !_election.Config.Nominations.AcceptanceRequired || (_nomineeLogin.Length > 0 && GitHubLogin.Same(_facts.Author.Login, _nomineeLogin))
            ? NomineeDecision.Accepted
            : NomineeDecision.Waiting;

    private void ApplyComment(CommentFact comment)
    {
        var commands = _parser.Parse(comment.Body);
        foreach (var hint in commands.Hints)
        {
            var message = hint.Misplaced
                ? $"{hint.Word} counts only as the first word of a line; write it on a line of its own."
                : $"`{hint.Word}` is not a command; did you mean `{hint.Command}`? Edit the comment or write a new one.";
            Reject(comment.Author, ActionSource.Comment, comment.Id, hint.Word, RejectionReason.Typo, message, "typo");
        }

        if (commands.Acceptance is { } acceptance)
        {
            ApplyAcceptance(comment, acceptance);
        }

        if (commands.Endorsement is { } endorsement)
        {
            var word = _parser.WordFor(endorsement);
            if (!_election.Config.Endorsements.Channels.Contains(EndorsementChannel.Comment))
            {
                Reject(comment.Author, ActionSource.Comment, comment.Id, word, RejectionReason.ChannelNotUsed, "Endorsements in this election are given by approving the pull request (a review), not by comment.", "channel");
            }
            else if (Admissible(comment.Author, ActionSource.Comment, comment.Id, word, comment.ActedAt, endorsement == CommandKind.Endorse))
            {
                Record(comment.Author, endorsement == CommandKind.Endorse ? new Endorsement(comment.Author, EndorsementChannel.Comment, comment.ActedAt, comment.Id) : null);
            }
        }
    }

    private void ApplyAcceptance(CommentFact comment, CommandKind acceptance)
    {
        var word = _parser.WordFor(acceptance);
        var deadline = _election.Config.Timeline.EndorsementsClose;
        if (!IsNominee(comment.Author))
        {
            var nominee = _nomineeLogin.Length > 0 ? $"@{_nomineeLogin}" : "the nominee";
            Reject(comment.Author, ActionSource.Comment, comment.Id, word, RejectionReason.NotNominee, $"only {nominee} can {(acceptance == CommandKind.Accept ? "accept" : "decline")} this nomination, so `{word}` from {comment.Author} is ignored.", "not-nominee");
        }
        else if (IsClosedAt(comment.ActedAt))
        {
            Reject(comment.Author, ActionSource.Comment, comment.Id, word, RejectionReason.ClosedPullRequest, $"this pull request is closed, so `{word}` changes nothing.", "closed");
        }
        else if (comment.ActedAt >= deadline.Instant)
        {
            Reject(comment.Author, ActionSource.Comment, comment.Id, word, RejectionReason.Late, LateMessage(word, comment.ActedAt), "late");
        }
        else
        {
            Decision = acceptance == CommandKind.Accept ? NomineeDecision.Accepted : NomineeDecision.Declined;
        }
    }

    private void ApplyReview(ReviewFact review)
    {
        var channelOn = _election.Config.Endorsements.Channels.Contains(EndorsementChannel.Review);
        switch (review.Verdict)
        {
            case ReviewVerdict.Approved when !channelOn:
                Reject(review.Reviewer, ActionSource.Review, review.Id, "approval", RejectionReason.ChannelNotUsed, $"approving reviews do not count as endorsements in this election; write `{_election.Config.Endorsements.CommentCommand}` in a comment instead.", "channel");
                break;
            case ReviewVerdict.Approved:
                if (Admissible(review.Reviewer, ActionSource.Review, review.Id, "approval", review.SubmittedAt, endorses: true))
                {
                    Record(review.Reviewer, new Endorsement(review.Reviewer, EndorsementChannel.Review, review.SubmittedAt, review.Id));
                }

                break;
            case ReviewVerdict.ChangesRequested when channelOn:
                if (Admissible(review.Reviewer, ActionSource.Review, review.Id, "changes requested", review.SubmittedAt, endorses: false))
                {
                    Record(review.Reviewer, null);
                }

                break;
            default:
                // A dismissed approval is no longer an approval; a comment-only review changes nothing.
                break;
        }
    }

    /// <summary>
    /// Whether an endorsement or retraction by <paramref name="actor"/> at <paramref name="at"/> may count.
    /// Refused endorsements are explained; refused retractions are recorded without a reply unless late.
    /// </summary>
    private bool Admissible(Person actor, ActionSource source, long id, string action, DateTimeOffset at, bool endorses)
    {
        var deadline = _election.Config.Timeline.EndorsementsClose;
        var known = _election.Roll.TryFindById(actor.Id, out var voter);
        (RejectionReason Reason, string Message, string Decision)? refusal =
            IsClosedAt(at) ? (RejectionReason.ClosedPullRequest, $"this nomination pull request is closed; endorsements count only on open nominations.", "closed")
            : at >= deadline.Instant ? (RejectionReason.Late, LateMessage(action, at), "late")
            : IsNominee(actor) ? (RejectionReason.Nominee, "nominees cannot endorse their own nomination; your endorsement does not count.", "nominee")
            : _officials.Includes(actor.Id, actor.Login) ? (RejectionReason.Official, "election officials stay neutral and do not endorse; your endorsement does not count.", "official")
            : !known ? (RejectionReason.NotAVoter, $"you are not on the voter roll (`{_election.Roll.File}`), so your endorsement does not count. You may request a voter exception from the committee.", "non-voter")
            : !VoterRules.CanVote(voter) ? (RejectionReason.CannotVote, $"you are {VoterRules.ToText(voter.Status)} on the voter roll and cannot vote now, so your endorsement does not count yet. Add an e-mail address to your entry (docs/voters.md), then endorse again.", "cannot-vote")
            : null;
        if (refusal is not { } r)
        {
            return true;
        }

        if (endorses || r.Reason == RejectionReason.Late)
        {
            Reject(actor, source, id, action, r.Reason, r.Message, r.Decision);
        }
        else
        {
            _rejected.Add(new RejectedAction(actor, source, id, action, r.Reason, r.Message));
        }

        return false;
    }

    private void Record(Person actor, Endorsement? endorsement)
    {
        if (endorsement is null || !_endorsements.TryGetValue(actor.Id, out var current) || current is null)
        {
            _endorsements[actor.Id] = endorsement;
        }
    }

    private bool IsNominee(Person person) =>
        (_nomineeId is { } id && person.Id == id) || (_nomineeLogin.Length > 0 && GitHubLogin.Same(person.Login, _nomineeLogin));

    /// <summary>
    /// Whether the pull request was closed when someone acted at <paramref name="at"/>. GitHub's times are whole seconds,
    /// so an action in the very second of the close cannot be ordered against it: it gets the benefit of the doubt.
    /// </summary>
    private bool IsClosedAt(DateTimeOffset at) => _facts.State != PullRequestState.Open && _facts.ClosedAt is { } closed && at > closed;

    private string LateMessage(string action, DateTimeOffset at) =>
        $"`{action}` was given at {Instants.Format(at)}, after the deadline for endorsements, acceptances and candidate forms: {_election.Config.Timeline.EndorsementsClose}. It does not count.";

    private void Reject(Person actor, ActionSource source, long id, string action, RejectionReason reason, string message, string decision)
    {
        _rejected.Add(new RejectedAction(actor, source, id, action, reason, message));
        if (!_replies.Any(r => r.Source == source && r.SourceId == id && r.Decision == decision))
        {
            _replies.Add(new NominationReply(source, id, decision, $"{actor}, {message}"));
        }
    }

    private sealed record TimedAction(DateTimeOffset At, int Order, long Id, CommentFact? Comment, ReviewFact? Review);
}
