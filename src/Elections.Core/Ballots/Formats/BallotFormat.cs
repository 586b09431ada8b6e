namespace Elections.Core.Ballots.Formats;

/// <summary>
/// The ballot file formats the project reads and writes (docs/ballot-formats.md; tally.md §2 for
/// BLT, nixos-anchor.md §2.8 for CIVS, reference-elections/README.md for Debian and CVR files).
/// </summary>
public enum BallotFormat
{
    /// <summary>BLT (Hill–Wichmann–Woodall 1987) with the OpenSTV, OpaVote and Droop extensions.</summary>
    Blt,

    /// <summary>CIVS ballot download: a header of names, then one rank per candidate (1 = best) or <c>No opinion</c>.</summary>
    Civs,

    /// <summary>
    /// CIVS best-candidate proportional encoding: inverted ranks (first choice = N, unranked = 1), so a
    /// candidate ranked N-th and an unranked one look the same.
    /// </summary>
    CivsProportional,

    /// <summary>CIVS "read all votes from a file" upload: a <c># name,name,…</c> comment header, then rank lines.</summary>
    CivsUpload,

    /// <summary>Debian tally sheet: <c>Option N---&gt;: name</c> lines and one <c>V: ranks hash</c> line per voter.</summary>
    Debian,

    /// <summary>Cast-vote-record CSV with <c>rank1</c>…<c>rankN</c> columns holding candidate names (Minneapolis, Portland).</summary>
    Cvr,

    /// <summary>
    /// Cast-vote records in the first worksheet of an .xlsx workbook (zip of SpreadsheetML parts),
    /// with the same rank columns and rules as <see cref="Cvr"/> (the ES&amp;S export of Minneapolis 2013).
    /// </summary>
    CvrXlsx,
}
