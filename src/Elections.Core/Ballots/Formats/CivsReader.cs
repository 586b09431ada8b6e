using System.Globalization;
using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads CIVS ballot files (nixos-anchor.md §2.8; reference-elections/README.md §9): a header of
/// candidate names (plain for the download, <c># a,b,…</c> for the upload), then one line per
/// ballot with one cell per candidate. Normal encoding: rank 1…N, 1 best, equal values tie, and
/// <c>No opinion</c> leaves the candidate unranked (CIVS and Elekto compare it with nobody).
/// Proportional best-candidate encoding: inverted, first choice N … unranked 1, so the value 1 is
/// read as unranked (a candidate ranked N-th is indistinguishable from an unranked one).
/// </summary>
internal sealed class CivsReader(ByteLineReader lines, ProblemLog log, BallotFormat format)
{
    private const string NoOpinion = "No opinion";
    private readonly BallotBoxBuilder _builder = new();
    private readonly List<CsvField> _fields = [];
    private int _candidates = -1;
    private long _empty;

    public BallotFile Read()
    {
        var order = new List<(long Value, int Candidate)>();
        var entries = new List<ushort>();
        while (lines.TryReadLine(out var line))
        {
            var trimmed = TextDecoding.Trim(line);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] == (byte)'#')
            {
                if (_candidates < 0 && trimmed.Length > 1)
                {
                    ReadHeader(trimmed[1..]);
                }

                continue;
            }

            if (_candidates < 0)
            {
                if (format == BallotFormat.CivsUpload && IsNumberCell(trimmed))
                {
                    throw log.Fatal(lines.LineNumber, 1, "header", "the CIVS upload has no '# name,name,…' header line naming the candidates; add one above the ballots");
                }

                ReadHeader(trimmed);
                continue;
            }

            ReadBallot(trimmed, order, entries);
        }

        if (_candidates < 0)
        {
            throw log.Fatal(lines.LineNumber, 0, "header", "the file has no header line of candidate names");
        }

        log.ThrowIfErrors();
        return new BallotFile
        {
            Ballots = _builder.Build(),
            Format = format,
            DefaultUnranked = format == BallotFormat.CivsProportional ? UnrankedPolicy.Last : UnrankedPolicy.Incomparable,
            Warnings = log.Warnings(),
            EmptyBallots = _empty,
        };
    }

    private static bool IsNumberCell(ReadOnlySpan<byte> line) => line[0] is >= (byte)'0' and <= (byte)'9';

    private void ReadHeader(ReadOnlySpan<byte> line)
    {
        if (!CsvLine.TrySplit(line, log, lines.LineNumber, "header", _fields))
        {
            throw log.Fatal(lines.LineNumber, 0, "header", "the header line of candidate names cannot be read");
        }

        if (_fields.Count > RankEntry.MaxCandidates)
        {
            throw log.Fatal(lines.LineNumber, 0, "header", $"the header names {_fields.Count:N0} candidates; at most {RankEntry.MaxCandidates:N0} are supported");
        }

        foreach (var field in _fields)
        {
            if (field.Text.Length == 0)
            {
                log.Error(lines.LineNumber, field.Column, "header", "a candidate name is empty; every header cell names one candidate");
            }

            _builder.AddCandidate(field.Text);
        }

        _candidates = _fields.Count;
    }

    private void ReadBallot(ReadOnlySpan<byte> line, List<(long Value, int Candidate)> order, List<ushort> entries)
    {
        var lineNumber = lines.LineNumber;
        if (!CsvLine.TrySplit(line, log, lineNumber, "ballot", _fields))
        {
            return;
        }

        if (_fields.Count != _candidates)
        {
            log.Error(lineNumber, 1, "ballot", $"the ballot has {_fields.Count} cells for {_candidates} candidates; give one rank (or No opinion) per candidate, in header order");
            return;
        }

        order.Clear();
        for (var i = 0; i < _fields.Count; i++)
        {
            var cell = _fields[i].Text;
            if (cell.Equals(NoOpinion, StringComparison.OrdinalIgnoreCase) && format != BallotFormat.CivsProportional)
            {
                continue;
            }

            if (!long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > _candidates)
            {
                var allowed = format == BallotFormat.CivsProportional ? $"a whole number 1 to {_candidates}" : $"a rank 1 to {_candidates} or \"No opinion\"";
                log.Error(lineNumber, _fields[i].Column, "ballot", $"'{cell}' for {_builder.CandidateName(i)} is not {allowed}");
                return;
            }

            if (format == BallotFormat.CivsProportional)
            {
                if (value == 1)
                {
                    continue;
                }

                value = -value;
            }

            order.Add((value, i));
        }

        order.Sort();
        entries.Clear();
        for (var i = 0; i < order.Count; i++)
        {
            entries.Add(RankEntry.Of(order[i].Candidate, i > 0 && order[i].Value == order[i - 1].Value));
        }

        if (entries.Count == 0)
        {
            _empty++;
        }

        _builder.AddChecked(1, entries.ToArray());
    }
}
