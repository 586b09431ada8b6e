namespace Elections.Core.Candidacy;

/// <summary>
/// Which of the configured labels (nixos-anchor §3.7) belong on the pull request: the App adds the
/// ones that are true and removes the ones that are false.
/// </summary>
/// <param name="Nomination"><c>labels.nomination</c>: a valid nomination (its check does not fail).</param>
/// <param name="NomineeAccepted"><c>labels.nominee_accepted</c>: the nominee has accepted.</param>
/// <param name="EnoughEndorsements"><c>labels.enough_endorsements</c>: the endorsement rule is met.</param>
public sealed record NominationLabels(bool Nomination, bool NomineeAccepted, bool EnoughEndorsements);
