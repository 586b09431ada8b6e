using System.Globalization;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// The one row-processing path of cast-vote-record files, whatever container the rows come in
/// (CSV lines, <see cref="CvrReader"/>; worksheet rows, <see cref="XlsxCvrReader"/>): finds the
/// rank columns (and an optional <c>count</c> column of ballot weights) in the header, then turns
/// each row into the voter's effective ranking by the <see cref="CvrRules"/>
/// (reference-elections/README.md §6–7). Candidates are numbered in order of first appearance.
/// Problems are reported at the row (line) and column; for a worksheet the field names the cell
/// as <c>Sheet!C17</c>.
/// </summary>
internal sealed class CvrRows(ProblemLog log, CvrRules rules, string? sheet)
{
    private readonly BallotBoxBuilder _builder = new(4096, 16384);
    private readonly Dictionary<string, int> _candidates = new(StringComparer.Ordinal);
    private readonly List<ushort> _entries = [];
    private readonly HashSet<int> _onBallot = [];
    private int[] _rankColumns = [];
    private int _countColumn = -1;
    private long _skipped;
    private long _empty;
    private bool _warnedExtraRanks;

    /// <summary>Cells per header row; rows are read by position against it.</summary>
    public int Columns { get; private set; }

    /// <summary>Picks the rules from the markers a file uses, when the caller gave none.</summary>
    public static CvrRules ChooseRules(string text, ProblemLog log)
    {
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

        log.Warn(0, 0, SettingKeys.CvrRules, "the file has no overvote/undervote/skipped markers to tell its rules; read it with the portland rules (name other rules to change that)");
        return CvrRules.Portland;
    }

    /// <summary>Reads the header cells (in column order; <see cref="CsvField.Column"/> is 1-based, for messages).</summary>
    public void Header(IReadOnlyList<CsvField> cells, int line)
    {
        var ranked = new List<(int Rank, int Index)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (FormatDetector.TryRankColumn(cells[i].Text, out var rank))
            {
                ranked.Add((rank, i));
            }
            else if (IsCountColumn(cells[i].Text))
            {
                if (_countColumn >= 0)
                {
                    throw log.Fatal(line, cells[i].Column, Field(line, cells[i].Column, "header"), "two count columns; keep one column of ballot weights named count");
                }

                _countColumn = i;
            }
        }

        if (ranked.Count == 0)
        {
            throw log.Fatal(line, 1, Field(line, 1, "header"), "no rank columns in the header; name them rank1, rank2, … (or 1st choice, 2nd choice, …), one per ranking");
        }

        ranked.Sort();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Rank != i + 1)
            {
                var column = cells[ranked[i].Index].Column;
                throw log.Fatal(line, column, Field(line, column, "header"), $"rank columns must be rank1 to rank{ranked.Count}, each once; found rank{ranked[i].Rank} where rank{i + 1} was expected");
            }
        }

        _rankColumns = ranked.Select(r => r.Index).ToArray();
        Columns = cells.Count;
    }

    /// <summary>Reads one ballot row; <paramref name="cells"/> holds at least <see cref="Columns"/> cells (empty text where nothing is written).</summary>
    public void Row(IReadOnlyList<CsvField> cells, int line)
    {
        var weight = 1L;
        if (_countColumn >= 0 && !TryWeight(cells[_countColumn], line, out weight))
        {
            return;
        }

        _entries.Clear();
        _onBallot.Clear();
        var lastMarked = 0;
        var limit = Math.Min(_rankColumns.Length, rules.MaxRankingsAllowed ?? int.MaxValue);
        for (var rank = 1; rank <= _rankColumns.Length; rank++)
        {
            var cell = cells[_rankColumns[rank - 1]];
            var text = cell.Text;
            if (text.Length == 0 || Matches(rules.SkippedLabels, text))
            {
                if (rank <= limit)
                {
                    _skipped += weight;
                }

                continue;
            }

            if (rank > limit)
            {
                if (!_warnedExtraRanks)
                {
                    _warnedExtraRanks = true;
                    log.Warn(line, cell.Column, Field(line, cell.Column, "ballot"), $"rankings after rank {limit} are ignored ({rules.Name} rules allow {limit} rankings)");
                }

                break;
            }

            if (rules.MaxSkippedRanksAllowed is { } maxSkipped && rank - lastMarked - 1 > maxSkipped)
            {
                break;
            }

            lastMarked = rank;
            if (Matches(rules.OvervoteLabels, text))
            {
                if (rules.Overvote == OvervoteRule.ExhaustImmediately)
                {
                    break;
                }

                continue;
            }

            var candidate = CandidateOf(text, line, cell.Column);
            if (candidate < 0)
            {
                return;
            }

            if (!_onBallot.Add(candidate))
            {
                if (rules.ExhaustOnDuplicateCandidate)
                {
                    break;
                }

                continue;
            }

            _entries.Add(RankEntry.Of(candidate));
        }

        if (_entries.Count == 0)
        {
            _empty += weight;
        }

        _builder.AddChecked(weight, _entries.ToArray());
    }

    /// <summary>The ballots read, once every row is in (throws when any row had an error).</summary>
    public BallotFile Finish(BallotFormat format)
    {
        log.ThrowIfErrors();
        return new BallotFile
        {
            Ballots = _builder.Build(),
            Format = format,
            DefaultUnranked = UnrankedPolicy.Last,
            Warnings = log.Warnings(),
            SkippedRanks = _skipped,
            EmptyBallots = _empty,
        };
    }

    /// <summary>
    /// The field a problem at (<paramref name="line"/>, <paramref name="column"/>) names:
    /// <paramref name="kind"/> for CSV, the cell reference <c>Sheet!C17</c> for a worksheet.
    /// </summary>
    public string Field(int line, int column, string kind) =>
        sheet is null ? kind : CellReference(sheet, line, column);

    /// <summary>A worksheet cell reference such as <c>Sheet1!C17</c> (1-based row and column).</summary>
    public static string CellReference(string sheet, int row, int column)
    {
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--at] = (char)('A' + ((n - 1) % 26));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{sheet}!{letters[at..]}{row}");
    }

    private static bool IsCountColumn(string text) =>
        text.Trim().Equals("count", StringComparison.OrdinalIgnoreCase) || text.Trim().Equals("weight", StringComparison.OrdinalIgnoreCase);

    private bool TryWeight(CsvField cell, int line, out long weight)
    {
        var text = cell.Text.Trim();
        if (text.Length is > 0 and <= 18 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out weight) && weight > 0)
        {
            return true;
        }

        weight = 0;
        log.Error(line, cell.Column, Field(line, cell.Column, "count"), $"'{text}' is not a ballot count; the count column needs a whole number from 1 (at most 18 digits)");
        return false;
    }

    private int CandidateOf(string name, int line, int column)
    {
        if (_candidates.TryGetValue(name, out var index))
        {
            return index;
        }

        if (_candidates.Count >= RankEntry.MaxCandidates)
        {
            log.Error(line, column, Field(line, column, "ballot"), $"more than {RankEntry.MaxCandidates:N0} different candidate names; is this the right file?");
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
