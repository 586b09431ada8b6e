namespace Elections.Cli.Commands.Voters;

/// <summary>Where the contribution snapshot of a roll lives: <c>voters.json</c> → <c>voters.contributions.jsonl</c> (and <c>.sha256</c>).</summary>
internal static class SnapshotFiles
{
    public static string SnapshotPath(string rollPath)
    {
        var directory = Path.GetDirectoryName(rollPath) ?? ".";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(rollPath) + ".contributions.jsonl");
    }
}
