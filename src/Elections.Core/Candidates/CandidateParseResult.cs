using Elections.Core.Validation;

namespace Elections.Core.Candidates;

/// <summary>The result of reading one candidate file.</summary>
/// <param name="Candidate">What could be read (always present, even when the front matter is broken).</param>
/// <param name="Problems">Every problem in the file, in line order; empty when well-formed.</param>
public sealed record CandidateParseResult(CandidateFile Candidate, IReadOnlyList<Problem> Problems);
