namespace Elections.Core.Configuration;

/// <summary>
/// A GitHub account named in the configuration. Identity is the numeric id, never the login
/// (nixos-anchor.md §3.1: "Identity is the numeric GitHub ID, not the login"); the login is for display.
/// </summary>
/// <param name="Id">The numeric GitHub user id.</param>
/// <param name="Login">The login, for display only.</param>
/// <param name="Line">The line of the list item in the file, so later checks can point at it.</param>
public sealed record GitHubAccount(long Id, string Login, int Line)
{
    /// <summary>Renders <c>login (id)</c>.</summary>
    public override string ToString() => $"{Login} ({Id})";
}
