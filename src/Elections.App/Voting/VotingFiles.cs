namespace Elections.App.Voting;

/// <summary>Where the voting hand-off keeps its files in the election repository (docs/voting.md "Files").</summary>
public static class VotingFiles
{
    /// <summary>The folder of the hand-off's public files (roll hashes, export and ballots records, the ballots).</summary>
    public const string Folder = "voting";

    /// <summary>The salted hashes of the roll's addresses, with the salt (published).</summary>
    public const string RollHashes = "voting/roll-hashes.txt";

    /// <summary>The record of the last export: tool, counts, digests (no addresses).</summary>
    public const string Export = "voting/export.json";

    /// <summary>The record of the imported ballots: file, format, SHA-256, counts.</summary>
    public const string Ballots = "voting/ballots.json";

    /// <summary>The imported ballots file is <c>voting/ballots.EXT</c>, EXT the downloaded file's extension.</summary>
    public static string BallotsFile(string extension) => $"voting/ballots{extension}";

    /// <summary>The folder <c>elections results</c> writes.</summary>
    public const string ResultsFolder = "results";
}
