namespace Elections.App.Presentation.Tally.Report;

/// <summary>
/// Everything the HTML report shows: the count (<see cref="TallyView"/>), the settings with where
/// each came from, and what produced the page (tool version, command, input hashes, date).
/// </summary>
/// <param name="View">The count and its wording.</param>
/// <param name="Settings">Every counting setting in force, one row each, in the order to show.</param>
/// <param name="Provenance">Tool version, command line, input files and the date.</param>
/// <param name="MarginStrength">True when Schulze links were measured by margins rather than winning votes.</param>
public sealed record TallyReport(TallyView View, IReadOnlyList<ReportSetting> Settings, ReportProvenance Provenance, bool MarginStrength);

/// <summary>One counting setting as shown to readers: <c>seats = 7 (file header of ballots.blt)</c>.</summary>
/// <param name="Name">The setting ("method", "seats", "unranked", ...).</param>
/// <param name="Value">Its value in words.</param>
/// <param name="Source">Where it came from: a flag (<c>--seats</c>), a file and line, "file format default", "default".</param>
public sealed record ReportSetting(string Name, string Value, string Source);

/// <summary>What produced a report, so a reader can reproduce it.</summary>
/// <param name="ToolVersion">The <c>elections</c> version (informational version, with commit when known).</param>
/// <param name="Command">The exact command line, shell-quoted.</param>
/// <param name="Inputs">Every input file with its SHA-256.</param>
/// <param name="GeneratedAt">When the report was written.</param>
public sealed record ReportProvenance(string ToolVersion, string Command, IReadOnlyList<InputDigest> Inputs, DateTimeOffset GeneratedAt);

/// <summary>An input file and the lowercase hexadecimal SHA-256 of its bytes.</summary>
/// <param name="Path">The path as given on the command line.</param>
/// <param name="Sha256">64 lowercase hex digits.</param>
public sealed record InputDigest(string Path, string Sha256);
