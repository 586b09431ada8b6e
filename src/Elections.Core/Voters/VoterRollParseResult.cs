using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>The result of reading <c>voters.json</c>: the voters that could be read, and every problem found.</summary>
/// <param name="Roll">The roll; voters whose entry could not be read at all are left out.</param>
/// <param name="Problems">Every syntax and field problem, in file order; empty when the file is well-formed.</param>
public sealed record VoterRollParseResult(VoterRoll Roll, IReadOnlyList<Problem> Problems);
