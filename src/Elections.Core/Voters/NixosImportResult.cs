using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>The outcome of converting a NixOS 2024 voter map (see <see cref="NixosVoterImport"/>).</summary>
/// <param name="Voters">The voters converted, in input order.</param>
/// <param name="Unmapped">One problem per entry that could not be converted (left out of <paramref name="Voters"/>).</param>
/// <param name="Notices">Things converted by judgement that a person should check (e.g. logins left empty).</param>
public sealed record NixosImportResult(IReadOnlyList<Voter> Voters, IReadOnlyList<Problem> Unmapped, IReadOnlyList<Problem> Notices);
