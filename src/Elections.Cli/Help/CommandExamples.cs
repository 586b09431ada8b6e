namespace Elections.Cli.Help;

/// <summary>The examples <c>--help</c> prints under each command, keyed by the command's path.</summary>
internal static class CommandExamples
{
    private static readonly Dictionary<string, string[]> ByPath = new(StringComparer.Ordinal)
    {
        ["elections"] =
        [
            "elections validate                      # check the election in this folder",
            "elections status --at 2027-03-01T12:00:00Z",
            "elections tally ballots.blt -m meek --seats 7 --report result.html",
        ],
        ["elections validate"] =
        [
            "elections validate                      # the election repository in this folder",
            "elections validate --repo ../sc-election-2027 --json",
        ],
        ["elections status"] =
        [
            "elections status                        # now",
            "elections status --at 2027-03-01T12:00:00Z --json",
        ],
        ["elections voters"] = ["elections voters import-nixos old-voters.json --out voters.json"],
        ["elections voters import-nixos"] =
        [
            "elections voters import-nixos old-voters.json --out voters.json",
            "elections voters import-nixos old-voters.json --out voters.json --json",
        ],
        ["elections ballots"] =
        [
            "elections ballots stats opavote_ballots.blt",
            "elections ballots convert ballots.csv ballots.blt --to blt",
        ],
        ["elections ballots convert"] =
        [
            "elections ballots convert civs_ballots.csv ballots.blt --to blt",
            "elections ballots convert ballots.blt upload.txt --to civs",
        ],
        ["elections ballots verify"] = ["elections ballots verify ballots.blt civs_ballots.csv"],
        ["elections ballots stats"] =
        [
            "elections ballots stats ballots.blt",
            "elections ballots stats cvr.xlsx --cvr-rules minneapolis --json",
        ],
        ["elections tally"] =
        [
            "elections tally ballots.blt -m meek --seats 7",
            "elections tally ballots.blt -m schulze --seats 4 --json > result.json",
            "elections tally ballots.blt -m civs-proportional --seats 7 --long-terms 4 --report result.html",
        ],
        ["elections receive"] =
        [
            "elections receive                       # in GitHub Actions: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GH_TOKEN",
            "elections receive --event pull_request --payload event.json --dry-run",
        ],
        ["elections serve"] = ["ELECTIONS_WEBHOOK_SECRET=... elections serve --urls http://127.0.0.1:8080"],
        ["elections sandbox"] = ["elections sandbox --urls http://127.0.0.1:3000 --seed ."],
    };

    /// <summary>The examples for the command at <paramref name="path"/> (<c>elections ballots stats</c>); empty when none.</summary>
    public static IReadOnlyList<string> For(string path) => ByPath.TryGetValue(path, out var examples) ? examples : [];
}
