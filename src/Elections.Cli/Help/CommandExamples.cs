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
        ["elections voters generate"] =
        [
            "elections voters generate --gharchive ./gharchive --out voters.json",
            "elections voters generate --print-bigquery",
        ],
        ["elections voters explain"] = ["elections voters explain amara-okafor"],
        ["elections voters except"] = ["elections voters except 1000099 --login zoe --reason \"long-time translator\" --by olivia-ec"],
        ["elections voters waive"] = ["elections voters waive zoe --reason \"declined the vote\" --by olivia-ec"],
        ["elections voters opt-out"] = ["elections voters opt-out zoe --reason \"no team invitation wanted\" --by olivia-ec"],
        ["elections voters revoke"] = ["elections voters revoke zoe --reason \"access revoked by the organization\" --by olivia-ec"],
        ["elections voters move-account"] = ["elections voters move-account 1000099 1000123 --login zoe-new --proof https://example.org/proof --by olivia-ec"],
        ["elections voters sync-team"] = ["elections voters sync-team --dry-run", "elections voters sync-team --max-changes 20"],
        ["elections mail"] = ["elections mail send roll-notice --dry-run"],
        ["elections mail send"] = ["elections mail send roll-notice", "elections mail send roll-notice --resume"],
        ["elections mail bounces"] = ["elections mail bounces bounces/*.eml"],
        ["elections announce"] = ["elections announce kickoff --channel discourse --out out/", "elections announce result --channel website --dry-run", "elections announce voting-start --channel github --post --github examplecoop/sc-election-2026", "elections announce kickoff --channel website --post"],
        ["elections reminders"] = ["elections reminders send --channel mail github"],
        ["elections reminders send"] = ["elections reminders send --channel mail github        # in the scheduled workflow", "elections reminders send --channel mail --at 2026-10-10T12:00:00Z --dry-run"],
        ["elections candidates"] = ["elections candidates status --json"],
        ["elections candidates status"] = ["elections candidates status", "elections candidates status --github examplecoop/sc-election-2026 --json"],
        ["elections candidates finalise"] = ["elections candidates finalise --dry-run"],
        ["elections candidates qa"] = ["elections candidates qa --out qa/"],
        ["elections rehearse"] = ["elections rehearse", "elections rehearse --repo . --scenario my-worry --voters 500 --seed 3 --out /tmp/rehearsal"],
        ["elections dashboard"] = ["elections dashboard --out site/", "elections dashboard --repo . --out site/ --results result.html"],
        ["elections voting"] = ["elections voting export --to opavote --out ../private/opavote"],
        ["elections voting export"] =
        [
            "elections voting export --to opavote --out ../private/opavote",
            "elections voting export --to civs --repo ../sc-election-2026",
        ],
        ["elections voting check-email"] = ["elections voting check-email me@example.org"],
        ["elections voting changes"] = ["elections voting changes              # what to add and remove in the tool", "elections voting changes --applied    # after making them"],
        ["elections voting import"] = ["elections voting import ~/Downloads/ballots.blt", "elections voting import civs_ballots.csv --replace"],
        ["elections results"] = ["elections results                     # the imported ballots", "elections results --ballots opavote_ballots.blt --json"],
        ["elections candidates remind"] = ["elections candidates remind --dry-run", "elections candidates remind --github examplecoop/sc-election-2026 --json"],
        ["elections results publish"] = ["elections results publish --stage candidates", "elections results publish --stage public --dry-run"],
        ["elections results writeback"] = ["elections results writeback --dry-run", "elections results writeback --github examplecoop/governance"],
        ["elections conflicts"] = ["elections conflicts list"],
        ["elections conflicts declare"] = ["elections conflicts declare acme-corp amara-okafor bruno-lindqvist"],
        ["elections conflicts remove"] = ["elections conflicts remove acme-corp"],
        ["elections conflicts list"] = ["elections conflicts list --json"],
        ["elections conflicts disclose"] = ["elections conflicts disclose amara-okafor --text \"employed by Acme\" --source mail"],
        ["elections conflicts disclosures"] = ["elections conflicts disclosures --json"],
        ["elections conflicts independence"] = ["elections conflicts independence zoe amara-okafor bruno-lindqvist"],
        ["elections conflicts pairs"] = ["elections conflicts pairs --json"],
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
