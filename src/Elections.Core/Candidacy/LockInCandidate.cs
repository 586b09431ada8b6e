namespace Elections.Core.Candidacy;

/// <summary>One candidate of the lock-in record (issue 10 item 8): who, and the SHA-256 of their candidate file as merged.</summary>
/// <param name="Login">The login, as the file name gives it.</param>
/// <param name="Id">The numeric GitHub id from the voter roll (0 when unknown).</param>
/// <param name="Name">The name from the candidate form, as the ballot shows it.</param>
/// <param name="File">The path, e.g. <c>candidates/amara-okafor.md</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record LockInCandidate(string Login, long Id, string Name, string File, string Sha256);
