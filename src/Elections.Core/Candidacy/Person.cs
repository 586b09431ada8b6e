namespace Elections.Core.Candidacy;

/// <summary>
/// A GitHub account acting in a candidacy (author, reviewer, commenter). Identity is the numeric id
/// (nixos-anchor §3.1); the login is for messages and for matching the candidate file name.
/// </summary>
/// <param name="Id">The numeric GitHub user id (0 for a deleted "ghost" account).</param>
/// <param name="Login">The login at the time of the event.</param>
public sealed record Person(long Id, string Login)
{
    /// <summary>True for an App's bot account (<c>name[bot]</c>): bots never nominate, accept or endorse.</summary>
    public bool IsBot => Login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase);

    /// <summary>Renders <c>@login</c>.</summary>
    public override string ToString() => $"@{Login}";
}
