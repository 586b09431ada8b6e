namespace Elections.Core.Voters.Generation;

/// <summary>
/// An account as a contribution source reports it on one pull request: the numeric id is the identity
/// (nixos-anchor §3.1), the login is the one seen then, and <see cref="IsBot"/> is GitHub's <c>type</c> <c>Bot</c>.
/// </summary>
/// <param name="Id">The numeric GitHub user id (positive).</param>
/// <param name="Login">The login at the time of the event.</param>
/// <param name="IsBot">True when the source typed the account <c>Bot</c>.</param>
public sealed record ContributionActor(long Id, string Login, bool IsBot);
