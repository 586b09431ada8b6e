namespace Elections.Core.Configuration;

/// <summary>
/// An account that may not vote however much it contributed: bots and people banned when the roll is
/// generated (nixos-anchor.md §2.2 and §3.1; the 2025 <c>excluded-details.csv</c> keeps a reason per id).
/// </summary>
/// <param name="Id">The numeric GitHub user id.</param>
/// <param name="Login">The login, for display only.</param>
/// <param name="Reason">Why the account is excluded, published with the roll.</param>
/// <param name="Line">The line of the list item in the file.</param>
public sealed record ExcludedAccount(long Id, string Login, string Reason, int Line);
