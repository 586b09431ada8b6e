using Elections.Conformance;

// Runs every case of the reference corpus's expected.json; exit 1 on any FAIL, 0 otherwise
// (also when the corpus is absent, which a fresh clone outside CI reports in one line).
var corpus = Path.Combine("..", "shared", "reference-elections");
string? only = null;
var roundTrips = true;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--corpus" && i + 1 < args.Length)
    {
        corpus = args[++i];
    }
    else if (args[i] == "--case" && i + 1 < args.Length)
    {
        only = args[++i];
    }
    else if (args[i] == "--no-round-trips")
    {
        roundTrips = false;
    }
    else
    {
        Console.Error.WriteLine("usage: Elections.Conformance [--corpus DIR] [--case ID-PREFIX] [--no-round-trips]");
        return 2;
    }
}

var expectedPath = Path.Combine(corpus, "expected.json");
if (!File.Exists(expectedPath))
{
    Console.WriteLine($"conformance corpus absent ({Path.GetFullPath(corpus)}); nothing to check");
    return 0;
}

var cases = ConformanceCase.Load(File.ReadAllText(expectedPath))
    .Where(c => only is null || c.Id.StartsWith(only, StringComparison.Ordinal))
    .ToList();
var outcomes = cases.Select(c => CaseRunner.Run(corpus, c, roundTrips)).ToList();
Console.Write(OutcomeTable.Render(outcomes));
var failed = outcomes.Count(o => o.Status == "FAIL");
Console.WriteLine(
    $"{outcomes.Count} cases: {outcomes.Count(o => o.Status == "PASS")} PASS, {failed} FAIL, {outcomes.Count(o => o.Status == "SKIP")} SKIP");
return failed > 0 ? 1 : 0;
