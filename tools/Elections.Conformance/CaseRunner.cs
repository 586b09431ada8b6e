using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Validation;

namespace Elections.Conformance;

/// <summary>Runs one case: load, count, compare winners and (where a reference exists) every round.</summary>
internal static class CaseRunner
{
    public static CaseOutcome Run(string corpus, ConformanceCase c, bool roundTrips)
    {
        var expected = string.Join("; ", c.Winners);
        var trips = "-";
        CaseOutcome Outcome(string status, string got, string rounds, string detail) => new()
        {
            RoundTrips = trips,
            Id = c.Id,
            Method = c.Method,
            Seats = c.Seats,
            Expected = expected,
            Got = got,
            Rounds = rounds,
            Status = status,
            Detail = detail,
        };

        if (!MethodCatalog.TryGet(c, out var method))
        {
            return Outcome("SKIP", "", "-", "method not available");
        }

        try
        {
            if (!BallotSources.TryLoad(corpus, c, out var file, out var why))
            {
                return Outcome("SKIP", "", "-", why);
            }

            var box = file.Ballots;

            var options = new TallyOptions
            {
                Seats = c.Seats,
                Quota = c.ExtraString("quota") switch
                {
                    "droop-whole" => QuotaKind.Whole,
                    "droop-fractional" => QuotaKind.Fractional,
                    _ => QuotaKind.Default,
                },
                Unranked = c.ExtraString("unranked") switch
                {
                    "incomparable" => UnrankedPolicy.Incomparable,
                    "last" => UnrankedPolicy.Last,
                    _ => UnrankedPolicy.Default,
                },
            };
            var groups = c.Extra.ValueKind == System.Text.Json.JsonValueKind.Object && c.Extra.TryGetProperty("conflicts", out var conflicts)
                ? ConflictsFile.Parse(conflicts.GetRawText(), $"{c.Id} conflicts")
                : [];
            var result = ConflictResolver.Resolve(method, box, options, groups).Result;
            var got = string.Join("; ", result.Winners);
            var problems = new List<string>();
            if (!NameMatch.SameWinners(c.Winners, result.Winners, ordered: false))
            {
                problems.Add("winners differ");
            }

            var rounds = "-";
            var reference = c.ExtraString("rounds_reference");
            if (reference is not null && reference.EndsWith(".json", StringComparison.Ordinal))
            {
                var report = OpaVoteReport.Parse(File.ReadAllText(Path.Combine(corpus, reference)));
                var difference = report.Compare(result);
                rounds = difference.Length == 0 ? $"{report.Rounds.Count}/{report.Rounds.Count}" : "mismatch";
                if (difference.Length > 0)
                {
                    problems.Add(difference);
                }
            }

            // The published order is the method's full order before any conflict-of-interest cap.
            var order = c.ExtraList("published_order");
            var full = order.Count > 0 ? method.Count(box, options with { Seats = order.Count }).Ranking : [];
            if (order.Count > 0 && !NameMatch.SameWinners(order, full, ordered: true))
            {
                problems.Add("published order differs: " + string.Join(", ", full));
            }

            var twoYear = c.ExtraList("two_year_terms");
            if (twoYear.Count > 0 && !NameMatch.SameWinners(twoYear, TermAssignment.Assign(result, twoYear.Count).Long, ordered: false))
            {
                problems.Add("two-year terms differ: " + string.Join(", ", TermAssignment.Assign(result, twoYear.Count).Long));
            }

            if (roundTrips)
            {
                var caseRule = options.Unranked == UnrankedPolicy.Default ? (UnrankedPolicy?)null : options.Unranked;
                var (summary, tripProblems) = RoundTrips.Check(file, caseRule, method, options);
                trips = summary;
                problems.AddRange(tripProblems.Select(p => "round trip " + p));
            }

            return Outcome(problems.Count == 0 ? "PASS" : "FAIL", got, rounds, string.Join("; ", problems));
        }
        catch (InvalidInputException e)
        {
            return Outcome("FAIL", "", "-", string.Join(" | ", e.Problems.Select(p => p.ToString())));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IOException or FormatException)
        {
            return Outcome("FAIL", "", "-", $"{e.GetType().Name}: {e.Message}");
        }
    }
}
