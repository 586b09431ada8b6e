using System.Globalization;
using System.Text;
using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Writes a ballot box in a chosen format (docs/ballot-formats.md, "Writing"). Reading the output
/// back gives the same multiset of ballots, except where a format cannot say something: CIVS
/// formats have no weights (a weight-w ballot is written w times), the proportional encoding
/// cannot tell the last of N ranks from unranked, and the upload format writes unranked as the
/// lowest rank N (CIVS's own default for an untouched choice).
/// </summary>
public static class BallotWriter
{
    /// <summary>The most ballots a format without weights will expand to, against runaway output.</summary>
    public const long MaxExpandedBallots = 100_000_000;

    /// <summary>The formats this writer produces.</summary>
    public static IReadOnlyList<BallotFormat> Writable { get; } =
        [BallotFormat.Blt, BallotFormat.Civs, BallotFormat.CivsProportional, BallotFormat.CivsUpload, BallotFormat.Debian];

    /// <summary>
    /// Writes <paramref name="box"/> to <paramref name="output"/> as <paramref name="format"/>, its
    /// unranked candidates meaning <paramref name="unranked"/> (<see cref="UnrankedPolicy.Default"/>:
    /// the format's own rule). BLT writes "incomparable" as a <see cref="BltUnrankedComment"/>; the
    /// CIVS CSV writes "tied last" as rank N; other formats write their own rule
    /// (<see cref="BallotConversion.Plan"/> refuses what they cannot say).
    /// </summary>
    /// <exception cref="ArgumentException">The format cannot hold these ballots (e.g. Debian with more than 35 ranks).</exception>
    public static void Write(BallotBox box, BallotFormat format, TextWriter output, UnrankedPolicy unranked = UnrankedPolicy.Default)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case BallotFormat.Blt:
                WriteBlt(box, output, unranked == UnrankedPolicy.Incomparable);
                break;
            case BallotFormat.Civs:
            case BallotFormat.CivsProportional:
            case BallotFormat.CivsUpload:
                WriteCivs(box, format, output, format == BallotFormat.Civs && unranked != UnrankedPolicy.Last);
                break;
            case BallotFormat.Debian:
                WriteDebian(box, output);
                break;
            default:
                throw new ArgumentException($"writing {format} is not supported; write one of {string.Join(", ", Writable)}", nameof(format));
        }
    }

    /// <summary>Writes to a string (tests, small boxes).</summary>
    public static string WriteToString(BallotBox box, BallotFormat format, UnrankedPolicy unranked = UnrankedPolicy.Default)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(box, format, writer, unranked);
        return writer.ToString();
    }

    private static void WriteBlt(BallotBox box, TextWriter output, bool incomparable)
    {
        var c = box.Candidates.Count;
        output.Write(c.ToString(CultureInfo.InvariantCulture));
        output.Write(' ');
        output.Write((box.DeclaredSeats ?? 1).ToString(CultureInfo.InvariantCulture));
        output.Write('\n');
        if (incomparable)
        {
            output.Write(BltUnrankedComment.For(UnrankedPolicy.Incomparable));
            output.Write('\n');
            output.Write(BltUnrankedComment.Explanation);
            output.Write('\n');
        }

        if (box.Withdrawn.Count > 0)
        {
            output.Write(string.Join(' ', box.Withdrawn.Order().Select(w => (-(w + 1)).ToString(CultureInfo.InvariantCulture))));
            output.Write('\n');
        }

        if (box.TieOrder.Count > 0)
        {
            output.Write("[tie ");
            output.Write(string.Join(' ', box.TieOrder.Select(t => (t + 1).ToString(CultureInfo.InvariantCulture))));
            output.Write("]\n");
        }

        var line = new StringBuilder(256);
        for (var i = 0; i < box.Count; i++)
        {
            line.Clear();
            line.Append(box.WeightOf(i));
            foreach (var entry in box.EntriesOf(i))
            {
                line.Append(RankEntry.IsTiedWithPrevious(entry) ? '=' : ' ');
                line.Append(RankEntry.Candidate(entry) + 1);
            }

            line.Append(" 0\n");
            output.Write(line);
        }

        output.Write("0\n");
        foreach (var name in box.Candidates)
        {
            output.Write(BltQuote(name));
            output.Write('\n');
        }

        output.Write(BltQuote(box.Title));
        output.Write('\n');
    }

    private static string BltQuote(string text) =>
        "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + "\"";

    private static void WriteCivs(BallotBox box, BallotFormat format, TextWriter output, bool noOpinion)
    {
        CheckExpansion(box, format);
        var n = box.Candidates.Count;
        var names = box.Candidates.Select(name => CsvLine.Quote(format == BallotFormat.CivsUpload && name == "0" ? "0.0" : name));
        output.Write(format == BallotFormat.CivsUpload ? "# " : "");
        output.Write(string.Join(',', names));
        output.Write('\n');
        var cells = new string[n];
        var groups = new List<(int Candidate, int Group)>(n);
        var line = new StringBuilder(n * 4);
        for (var i = 0; i < box.Count; i++)
        {
            var unranked = format switch
            {
                BallotFormat.Civs when noOpinion => "No opinion",
                BallotFormat.CivsProportional => "1",
                _ => n.ToString(CultureInfo.InvariantCulture),
            };
            Array.Fill(cells, unranked);
            RankGroups(box.EntriesOf(i), groups);
            foreach (var (candidate, group) in groups)
            {
                var value = format == BallotFormat.CivsProportional ? n - group : group + 1;
                cells[candidate] = value.ToString(CultureInfo.InvariantCulture);
            }

            line.Clear();
            line.AppendJoin(',', cells).Append('\n');
            var text = line.ToString();
            for (long w = 0; w < box.WeightOf(i); w++)
            {
                output.Write(text);
            }
        }
    }

    private static void WriteDebian(BallotBox box, TextWriter output)
    {
        CheckExpansion(box, BallotFormat.Debian);
        var n = box.Candidates.Count;
        output.Write("Tally Sheet for the votes cast.\n");
        output.Write("The format is \"V: vote\"; one character per option: its rank (1-9, then A-Z), '-' for unranked.\n\n");
        for (var i = 0; i < n; i++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{new string(' ', 4)}Option {i + 1}--->: {box.Candidates[i].Replace('\n', ' ')}\n"));
        }

        var cells = new char[n];
        var groups = new List<(int Candidate, int Group)>(n);
        for (var i = 0; i < box.Count; i++)
        {
            Array.Fill(cells, '-');
            RankGroups(box.EntriesOf(i), groups);
            foreach (var (candidate, group) in groups)
            {
                if (group >= 35)
                {
                    throw new ArgumentException($"ballot {i + 1} uses more than 35 ranks; a Debian tally sheet has one character (1-9, A-Z) per rank", nameof(box));
                }

                cells[candidate] = group < 9 ? (char)('1' + group) : (char)('A' + group - 9);
            }

            var text = "V: " + new string(cells) + "\n";
            for (long w = 0; w < box.WeightOf(i); w++)
            {
                output.Write(text);
            }
        }
    }

    /// <summary>Each ranked candidate with its 0-based rank group (equal candidates share a group).</summary>
    private static void RankGroups(ReadOnlySpan<ushort> entries, List<(int Candidate, int Group)> groups)
    {
        groups.Clear();
        var group = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0 && !RankEntry.IsTiedWithPrevious(entries[i]))
            {
                group++;
            }

            groups.Add((RankEntry.Candidate(entries[i]), group));
        }
    }

    private static void CheckExpansion(BallotBox box, BallotFormat format)
    {
        if (box.TotalWeight > MaxExpandedBallots)
        {
            throw new ArgumentException($"{format} has no ballot weights, so {box.TotalWeight:N0} ballots would be written one per line; the limit is {MaxExpandedBallots:N0}", nameof(box));
        }
    }
}
