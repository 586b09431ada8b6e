using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads a Debian tally sheet (www.debian.org/vote/&lt;year&gt;/…_tally.txt; reference-elections
/// README §3): <c>Option N---&gt;: name</c> lines name the options, then one <c>V: ranks hash</c>
/// line per voter with one character per option: a digit is the rank (1 best, equal digits tie),
/// <c>-</c> leaves the option unranked, which the Debian constitution §A.6 counts as tied below
/// every ranked option. Letters A–Z stand for ranks 10–35 when a vote has more than nine options.
/// Other lines are the sheet's explanatory text and are not ballots.
/// </summary>
internal sealed class DebianReader(ByteLineReader lines, ProblemLog log)
{
    private readonly SortedDictionary<int, string> _options = [];
    private readonly BallotBoxBuilder _builder = new();
    private int _width = -1;
    private long _empty;

    public BallotFile Read()
    {
        var order = new List<(int Rank, int Candidate)>();
        var entries = new List<ushort>();
        while (lines.TryReadLine(out var line))
        {
            var trimmed = TextDecoding.Trim(line);
            if (trimmed.StartsWith("V:"u8))
            {
                ReadVote(trimmed[2..], line.Length - line.TrimStart(" \t"u8).Length + 3, order, entries);
            }
            else if (_width < 0)
            {
                ReadOption(line);
            }
        }

        if (_width < 0)
        {
            throw log.Fatal(lines.LineNumber, 0, "votes", "the tally sheet has no 'V:' vote lines");
        }

        log.ThrowIfErrors();
        return new BallotFile
        {
            Ballots = _builder.Build(),
            Format = BallotFormat.Debian,
            DefaultUnranked = UnrankedPolicy.Last,
            Warnings = log.Warnings(),
            EmptyBallots = _empty,
        };
    }

    private void ReadOption(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf("Option "u8);
        if (at < 0)
        {
            return;
        }

        var pos = at + 7;
        var number = 0;
        var digits = 0;
        while (pos < line.Length && line[pos] is >= (byte)'0' and <= (byte)'9' && digits < 6)
        {
            number = (number * 10) + (line[pos] - '0');
            pos++;
            digits++;
        }

        var colon = line[pos..].IndexOf((byte)':');
        if (digits == 0 || colon < 0)
        {
            return;
        }

        var nameStart = pos + colon + 1;
        var name = TextDecoding.Decode(TextDecoding.Trim(line[nameStart..]), log, lines.LineNumber, nameStart + 1, "option");
        if (!_options.TryAdd(number, name))
        {
            log.Error(lines.LineNumber, at + 1, "option", $"option {number} is named twice; each option line must have its own number");
        }
    }

    private void ReadVote(ReadOnlySpan<byte> rest, int column, List<(int Rank, int Candidate)> order, List<ushort> entries)
    {
        var lineNumber = lines.LineNumber;
        var start = 0;
        while (start < rest.Length && rest[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        var end = start;
        while (end < rest.Length && rest[end] is not ((byte)' ' or (byte)'\t'))
        {
            end++;
        }

        var vote = rest[start..end];
        column += start;
        if (_width < 0 && !Start(vote.Length, lineNumber, column))
        {
            return;
        }

        if (vote.Length != _width)
        {
            log.Error(lineNumber, column, "vote", $"the vote has {vote.Length} characters for {_width} options; give one character per option (a rank, or '-' for unranked)");
            return;
        }

        order.Clear();
        for (var i = 0; i < vote.Length; i++)
        {
            var c = vote[i];
            int rank;
            if (c == (byte)'-')
            {
                continue;
            }
            else if (c is >= (byte)'1' and <= (byte)'9')
            {
                rank = c - '0';
            }
            else if (c is >= (byte)'A' and <= (byte)'Z')
            {
                rank = c - 'A' + 10;
            }
            else
            {
                log.Error(lineNumber, column + i, "vote", $"'{(char)c}' is not a rank; use 1-9 (A-Z for ranks 10-35) or '-' for an unranked option");
                return;
            }

            order.Add((rank, i));
        }

        order.Sort();
        entries.Clear();
        for (var i = 0; i < order.Count; i++)
        {
            entries.Add(RankEntry.Of(order[i].Candidate, i > 0 && order[i].Rank == order[i - 1].Rank));
        }

        if (entries.Count == 0)
        {
            _empty++;
        }

        _builder.AddChecked(1, entries.ToArray());
    }

    private bool Start(int width, int lineNumber, int column)
    {
        if (width == 0 || width > RankEntry.MaxCandidates)
        {
            throw log.Fatal(lineNumber, column, "vote", $"a vote of {width} characters cannot be read; a vote has one character per option");
        }

        _width = width;
        if (_options.Count == 0)
        {
            log.Warn(lineNumber, column, "options", "the sheet has no 'Option N--->: name' lines; options are named 'Option 1', 'Option 2', …");
        }
        else if (_options.Count != width || _options.Keys.First() != 1 || _options.Keys.Last() != width)
        {
            throw log.Fatal(lineNumber, column, "vote", $"the vote has {width} characters but the sheet names options {string.Join(", ", _options.Keys)}; the options must be numbered 1 to {width}");
        }

        for (var i = 1; i <= width; i++)
        {
            _builder.AddCandidate(_options.TryGetValue(i, out var name) ? name : $"Option {i}");
        }

        return true;
    }
}
