using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Conformance;

/// <summary>
/// Issue 9's round trips on a real election: the case's ballots converted to every format the
/// project writes, as <c>ballots convert</c> does (the unranked rule kept, or the conversion
/// refused with its reason), read back with the format detected as a user would, then compared
/// as <c>ballots verify</c> does (each file under its own rule) and recounted with each file's own
/// rule: both must agree with the source. A refused conversion is an allowed outcome, never a
/// silent change.
/// </summary>
internal static class RoundTrips
{
    /// <summary>"written/targets" with the refusals, or the problems found.</summary>
    public static (string Summary, IReadOnlyList<string> Problems) Check(BallotFile source, UnrankedPolicy? caseRule, ITallyMethod method, TallyOptions options)
    {
        var rule = caseRule ?? source.DefaultUnranked;
        var expected = method.Count(source.Ballots, options with { Unranked = rule }).Winners;
        var problems = new List<string>();
        var written = 0;
        var refused = new List<string>();
        foreach (var target in BallotWriter.Writable)
        {
            var name = BallotFormatNames.NameOf(target);
            ConversionPlan plan;
            try
            {
                plan = BallotConversion.Plan(source.Ballots, rule, target);
            }
            catch (InvalidInputException)
            {
                refused.Add(name);
                continue;
            }

            string text;
            try
            {
                text = BallotWriter.WriteToString(source.Ballots, target, plan.Unranked);
                var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                BallotConversion.CheckReadsBack(target, bytes.AsSpan(0, Math.Min(bytes.Length, BallotConversion.DetectionBytes)));
            }
            catch (Exception e) when (e is ArgumentException or InvalidInputException)
            {
                refused.Add(name);
                continue;
            }

            written++;
            var copy = BallotReader.Read(text, $"converted.{name}");
            var comparison = BallotComparison.Compare(source.Ballots, Matching(rule), copy.Ballots, Matching(copy.DefaultUnranked));
            if (!comparison.Equal)
            {
                problems.Add($"{name}: verify says DIFFERENT (read back as {BallotFormatNames.NameOf(copy.Format)}, {comparison.MissingFromSecond} ballots not matched)");
                continue;
            }

            var recount = method.Count(copy.Ballots, options with { Unranked = caseRule ?? copy.DefaultUnranked }).Winners;
            if (!recount.Select(n => n.Trim()).SequenceEqual(expected.Select(n => n.Trim()), StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{name}: recount elects {string.Join(", ", recount)}");
            }
        }

        var summary = $"{written - problems.Count}/{written}" + (refused.Count > 0 ? $" ({string.Join(", ", refused)} refused)" : "");
        return (summary, problems);
    }

    private static UnrankedMatching Matching(UnrankedPolicy rule) =>
        rule == UnrankedPolicy.Incomparable ? UnrankedMatching.Incomparable : UnrankedMatching.Last;
}
