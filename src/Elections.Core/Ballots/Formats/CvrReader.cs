using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads a cast-vote-record CSV whose rank columns (<c>rank1</c> … <c>rankN</c>) hold a candidate
/// name or a marker per rank, one row per ballot (Minneapolis 2013 and Portland 2024 exports,
/// reference-elections/README.md §6–7). The <see cref="CvrRules"/> turn each row into the voter's
/// effective ranking; other columns (precinct, ids) are not used. Candidates are numbered in order
/// of first appearance.
/// </summary>
internal sealed class CvrReader(ByteLineReader lines, ProblemLog log, CvrRules? rules)
{
    private readonly BallotBoxBuilder _builder = new(4096, 16384);
    private readonly Dictionary<string, int> _candidates = new(StringComparer.Ordinal);
    private readonly List<CsvField> _fields = [];
    private readonly List<ushort> _entries = [];
    private readonly HashSet<int> _onBallot = [];
    private CvrRules _rules = CvrRules.Portland;
    private int[] _rankColumns = [];
    private int _columns;
    private long _skipped;
    private long _empty;
    private bool _warnedExtraRanks;

    public BallotFile Read()
    {
        _rules = rules ?? ChooseRules(lines.Peek(64 * 1024));
        var header = false;
        while (lines.TryReadLine(out var line))
        {
            if (TextDecoding.Trim(line).IsEmpty)
            {
                continue;
            }

            if (!header)
            {
                ReadHeader(line);
                header = true;
                continue;
            }

            ReadRow(line);
        }

        if (!header)
        {
            throw log.Fatal(lines.LineNumber, 0, "header", "the file has no header row; a CVR CSV starts with column names such as rank1,rank2,rank3");
        }

        log.ThrowIfErrors();
        return new BallotFile
        {
            Ballots = _builder.Build(),
            Format = BallotFormat.Cvr,
            DefaultUnranked = UnrankedPolicy.Last,
            Warnings = log.Warnings(),
            SkippedRanks = _skipped,
            EmptyBallots = _empty,
        };
    }

    private CvrRules ChooseRules(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        if (text.Contains("undervote", StringComparison.OrdinalIgnoreCase))
        {
            return CvrRules.Minneapolis;
        }

        if (text.Contains("skipped", StringComparison.OrdinalIgnoreCase))
        {
            return CvrRules.Portland;
        }

        if (text.Contains("overvote", StringComparison.OrdinalIgnoreCase))
        {
            return CvrRules.Minneapolis;
        }

        log.Warn(0, 0, "rules", "the file has no overvote/undervote/skipped markers to tell its rules; read it with the portland rules (choose others with --cvr-rules)");
        return CvrRules.Portland;
    }

    private void ReadHeader(ReadOnlySpan<byte> line)
    {
        if (!CsvLine.TrySplit(line, log, lines.LineNumber, "header", _fields))
        {
            throw log.Fatal(lines.LineNumber, 0, "header", "the header row cannot be read");
        }

        var ranked = new List<(int Rank, int Column)>();
        for (var i = 0; i < _fields.Count; i++)
        {
            if (FormatDetector.IsRankColumn(_fields[i].Text))
            {
                var digits = new string(_fields[i].Text.Where(char.IsAsciiDigit).ToArray());
                ranked.Add((int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), i));
            }
        }

        if (ranked.Count == 0)
        {
            throw log.Fatal(lines.LineNumber, 1, "header", "no rank columns in the header; name them rank1, rank2, … (one per ranking)");
        }

        ranked.Sort();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Rank != i + 1)
            {
                throw log.Fatal(lines.LineNumber, _fields[ranked[i].Column].Column, "header", $"rank columns must be rank1 to rank{ranked.Count}, each once; found rank{ranked[i].Rank} where rank{i + 1} was expected");
            }
        }

        _rankColumns = ranked.Select(r => r.Column).ToArray();
        _columns = _fields.Count;
    }

    private void ReadRow(ReadOnlySpan<byte> line)
    {
        var lineNumber = lines.LineNumber;
        if (!CsvLine.TrySplit(line, log, lineNumber, "ballot", _fields))
        {
            return;
        }

        if (_fields.Count != _columns)
        {
            log.Error(lineNumber, 1, "ballot", $"the row has {_fields.Count} cells for {_columns} columns; every row needs one cell per header column");
            return;
        }

        _entries.Clear();
        _onBallot.Clear();
        var lastMarked = 0;
        var limit = Math.Min(_rankColumns.Length, _rules.MaxRankingsAllowed ?? int.MaxValue);
        for (var rank = 1; rank <= _rankColumns.Length; rank++)
        {
            var field = _fields[_rankColumns[rank - 1]];
            var cell = field.Text;
            if (cell.Length == 0 || Matches(_rules.SkippedLabels, cell))
            {
                if (rank <= limit)
                {
                    _skipped++;
                }

                continue;
            }

            if (rank > limit)
            {
                if (!_warnedExtraRanks)
                {
                    _warnedExtraRanks = true;
                    log.Warn(lineNumber, field.Column, "ballot", $"rankings after rank {limit} are ignored ({_rules.Name} rules allow {limit} rankings)");
                }

                break;
            }

            if (_rules.MaxSkippedRanksAllowed is { } maxSkipped && rank - lastMarked - 1 > maxSkipped)
            {
                break;
            }

            lastMarked = rank;
            if (Matches(_rules.OvervoteLabels, cell))
            {
                if (_rules.Overvote == OvervoteRule.ExhaustImmediately)
                {
                    break;
                }

                continue;
            }

            var candidate = CandidateOf(cell, lineNumber, field.Column);
            if (candidate < 0)
            {
                return;
            }

            if (!_onBallot.Add(candidate))
            {
                if (_rules.ExhaustOnDuplicateCandidate)
                {
                    break;
                }

                continue;
            }

            _entries.Add(RankEntry.Of(candidate));
        }

        if (_entries.Count == 0)
        {
            _empty++;
        }

        _builder.AddChecked(1, _entries.ToArray());
    }

    private int CandidateOf(string name, int lineNumber, int column)
    {
        if (_candidates.TryGetValue(name, out var index))
        {
            return index;
        }

        if (_candidates.Count >= RankEntry.MaxCandidates)
        {
            log.Error(lineNumber, column, "ballot", $"more than {RankEntry.MaxCandidates:N0} different candidate names; is this the right file?");
            return -1;
        }

        index = _builder.AddCandidate(name);
        _candidates.Add(name, index);
        return index;
    }

    private static bool Matches(IReadOnlyList<string> labels, string cell)
    {
        foreach (var label in labels)
        {
            if (cell.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
