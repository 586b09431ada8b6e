namespace Elections.Core.Candidacy;

/// <summary>A word in a comment that looks like a command but is not taken as one (appendix A2: typos got no answer).</summary>
/// <param name="Word">The word as written, e.g. <c>!endorce</c>.</param>
/// <param name="Command">The command it is probably meant to be, e.g. <c>!endorse</c>.</param>
/// <param name="Misplaced">True when the word is the command itself but not at the start of a line.</param>
public sealed record CommandHint(string Word, string Command, bool Misplaced);
