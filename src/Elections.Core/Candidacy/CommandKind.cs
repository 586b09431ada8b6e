namespace Elections.Core.Candidacy;

/// <summary>The candidacy commands a comment can give (issue 10 items 2 and 3; nixos-anchor §3.3, §3.4).</summary>
public enum CommandKind
{
    /// <summary>The configured <c>accept_command</c> (default <c>!accept</c>): the nominee accepts.</summary>
    Accept,

    /// <summary><c>!decline</c>: the nominee declines.</summary>
    Decline,

    /// <summary>The configured <c>comment_command</c> (default <c>!endorse</c>): a voter endorses.</summary>
    Endorse,

    /// <summary><c>!un</c> + the endorse command (default <c>!unendorse</c>): a voter retracts their endorsement.</summary>
    Unendorse,
}
