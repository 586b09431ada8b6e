namespace Elections.Core.Candidacy;

/// <summary>Another open pull request that adds a candidate file: one nomination per nominee, the first wins (issue 10 item 1).</summary>
/// <param name="Number">Its number.</param>
/// <param name="NomineeLogin">The login its file names.</param>
public sealed record OpenNomination(int Number, string NomineeLogin);
