using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads BLT ballot files in every dialect of tally.md §2: the 1987 core (header, withdrawn
/// line, weighted ballots ending in 0, the end marker 0, quoted names, title), OpenSTV/OpaVote
/// (<c>#</c> comments, ballot ids <c>(id)</c>, equal ranks <c>1=3</c>, skipped ranks <c>-</c>),
/// Droop (<c>/* */</c> comments, <c>[nick]</c>, <c>[tie]</c>, <c>[withdrawn]</c>, byte-order
/// mark, newlines optional between ballots), and files in the wild (unquoted names and titles,
/// doubled quotes in names, a header seat count that is not the real one). Byte-level and
/// allocation-free per ballot.
/// </summary>
internal sealed class BltReader
{
    private const int MaxWeightDigits = 18;
    private readonly ByteLineReader _lines;
    private readonly ProblemLog _log;
    /// <summary>Largest entry capacity taken from the file size up front (128 MB); bigger files grow from there.</summary>
    private const long MaxEntryHint = 1 << 26;
    private readonly BallotBoxBuilder _builder;
    private ushort[] _entries = new ushort[64];
    private int[] _stamp = [];
    private int _ballotStamp;
    private Phase _phase = Phase.Header;
    private int _candidates = -1;
    private int _commentDepth;
    private int _commentLine;
    private Dictionary<string, int>? _nicks;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nickLookup;
    private readonly List<string> _names = [];
    private int _namesRead;
    private int _extraStrings;
    private int _idBallots;
    private int _weightedBallots;
    private long _skippedRanks;
    private long _emptyBallots;

    /// <summary>Files from this size on are parsed on several threads (smaller ones are not worth the hand-offs).</summary>
    public const long DefaultParallelMinBytes = 8L << 20;

    /// <summary>The window split between threads: the reader's buffer grows to this.</summary>
    private const int ParallelWindow = 1 << 21;

    /// <summary>Less than this is parsed on one thread even in parallel mode (a tail or a small test file is not worth a hand-off).</summary>
    private int MinParallelSpan { get; }

    /// <summary>Segments for chunks 1… of a window (chunk 0 goes straight into the builder); empty when parsing on one thread.</summary>
    private readonly BallotBoxBuilder[] _segments;

    public BltReader(ByteLineReader lines, ProblemLog log, long parallelMinBytes = DefaultParallelMinBytes, int threads = 1)
    {
        _lines = lines;
        _log = log;
        var remaining = lines.RemainingHint;
        _segments = threads >= 2 && remaining >= 0 && remaining >= parallelMinBytes
            ? Enumerable.Range(0, threads - 1).Select(_ => new BallotBoxBuilder(ParallelWindow / 4 / threads, ParallelWindow / 2 / threads)).ToArray()
            : [];
        if (_segments.Length > 0)
        {
            lines.Reserve(ParallelWindow);
        }

        MinParallelSpan = parallelMinBytes < 64 * 1024 ? 0 : 64 * 1024;

        // Every ranked entry takes at least two bytes ("1 ") and every ballot four ("1 0\n"), so
        // the file size bounds both: sizing for it avoids the copies (and transient doubles) of
        // growing. The builder does not zero its arrays, so pages beyond the real need stay untouched.
        var hint = lines.RemainingHint;
        _builder = hint < 0
            ? new BallotBoxBuilder(1024, 8192)
            : new BallotBoxBuilder((int)Math.Clamp(hint / 4, 1024, MaxEntryHint / 2), (int)Math.Clamp(hint / 2, 8192, MaxEntryHint));
    }

    private enum Phase
    {
        Header,
        Seats,
        Ballots,
        Names,
        Title,
        Trailer,
    }

    private int Line => _lines.LineNumber;

    public BallotFile Read()
    {
        while (true)
        {
            if (_phase == Phase.Ballots && _nicks is null && _commentDepth == 0 && _candidates <= 64 && BitConverter.IsLittleEndian)
            {
                ReadPlainBallots();
            }

            if (!_lines.TryReadLine(out var line))
            {
                break;
            }

            ReadLine(line);
        }

        Finish();
        return new BallotFile
        {
            Ballots = _builder.Build(),
            Format = BallotFormat.Blt,
            DefaultUnranked = UnrankedPolicy.Last,
            Warnings = _log.Warnings(),
            SkippedRanks = _skippedRanks,
            EmptyBallots = _emptyBallots,
        };
    }

    private void ReadLine(ReadOnlySpan<byte> line)
    {
        var pos = 0;
        if (_phase is Phase.Names or Phase.Title or Phase.Trailer)
        {
            ReadStrings(line, pos);
            return;
        }

        while (SkipTrivia(line, ref pos))
        {
            switch (_phase)
            {
                case Phase.Header:
                case Phase.Seats:
                    if (!ReadHeaderNumber(line, ref pos))
                    {
                        return;
                    }

                    break;
                case Phase.Ballots:
                    if (line[pos] == (byte)'[' || (line[pos] == (byte)'-' && pos + 1 < line.Length && IsDigit(line[pos + 1])))
                    {
                        ReadPreamble(line, ref pos);
                        break;
                    }

                    if (!ReadBallot(line, ref pos))
                    {
                        return;
                    }

                    if (_phase != Phase.Ballots)
                    {
                        ReadStrings(line, pos);
                        return;
                    }

                    break;
                default:
                    return;
            }
        }
    }

    private bool ReadHeaderNumber(ReadOnlySpan<byte> line, ref int pos)
    {
        var column = pos + 1;
        if (!IsDigit(line[pos]))
        {
            var what = _phase == Phase.Header ? "number of candidates" : "number of seats";
            throw _log.Fatal(Line, column, "header", $"expected the {what} here, found '{Show(line, pos)}'; a BLT file starts with two numbers: candidates and seats, e.g. \"4 2\"");
        }

        var value = ParseNumber(line, ref pos, out var overflow);
        if (overflow || (pos < line.Length && !IsSeparator(line[pos])))
        {
            throw _log.Fatal(Line, column, "header", $"'{Show(line, column - 1)}' is not a usable number; the header holds two whole numbers, candidates and seats");
        }

        if (_phase == Phase.Header)
        {
            if (value < 1 || value > RankEntry.MaxCandidates)
            {
                throw _log.Fatal(Line, column, "header", $"the header declares {value:N0} candidates; a ballot file holds 1 to {RankEntry.MaxCandidates:N0}. Is the first number the candidate count?");
            }

            _candidates = (int)value;
            _phase = Phase.Seats;
        }
        else
        {
            if (value > _candidates)
            {
                _log.Warn(Line, column, "header", $"the header declares {value:N0} seats for {_candidates} candidates; give the real number of seats to the count");
            }

            _builder.DeclaredSeats = (int)Math.Min(value, int.MaxValue);
            _phase = Phase.Ballots;
        }

        return true;
    }

    private void ReadPreamble(ReadOnlySpan<byte> line, ref int pos)
    {
        var column = pos + 1;
        if (_builder.BallotCount > 0)
        {
            _log.Error(Line, column, "options", "withdrawn candidates and [options] must come before the first ballot; move this line up");
            pos = line.Length;
            return;
        }

        if (line[pos] == (byte)'-')
        {
            pos++;
            var number = ParseNumber(line, ref pos, out var overflow);
            if (overflow || number < 1 || number > _candidates)
            {
                _log.Error(Line, column, "withdrawn", $"withdrawn candidate '-{Show(line, column)}' does not exist; use -1 to -{_candidates}");
                return;
            }

            AddWithdrawn((int)number - 1);
            return;
        }

        var close = line[pos..].IndexOf((byte)']');
        if (close < 0)
        {
            _log.Error(Line, column, "options", "an option starting with '[' has no closing ']' on the same line; write e.g. [tie 3 2 1]");
            pos = line.Length;
            return;
        }

        var body = line.Slice(pos + 1, close - 1);
        var bodyStart = pos + 1;
        pos += close + 1;
        var words = new List<(string Word, int Column)>();
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && IsSpace(body[i]))
            {
                i++;
            }

            var start = i;
            while (i < body.Length && !IsSpace(body[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((TextDecoding.Decode(body[start..i], _log, Line, bodyStart + start + 1, "options"), bodyStart + start + 1));
            }
        }

        if (words.Count == 0)
        {
            _log.Error(Line, column, "options", "empty option []; remove it");
            return;
        }

        var option = words[0].Word;
        var arguments = words.Skip(1).ToList();
        switch (option)
        {
            case "nick":
                ReadNicks(arguments, column);
                break;
            case "tie":
                var order = new List<int>();
                foreach (var (word, wordColumn) in arguments)
                {
                    if (TryResolve(word, wordColumn, "tie", out var candidate))
                    {
                        order.Add(candidate);
                    }
                }

                _builder.TieOrder = order;
                break;
            case "withdrawn":
                foreach (var (word, wordColumn) in arguments)
                {
                    if (TryResolve(word, wordColumn, "withdrawn", out var candidate))
                    {
                        AddWithdrawn(candidate);
                    }
                }

                break;
            default:
                _log.Warn(Line, column, "options", $"option [{option} …] is not used by this tool and was ignored");
                break;
        }
    }

    private void ReadNicks(List<(string Word, int Column)> arguments, int column)
    {
        if (arguments.Count != _candidates)
        {
            _log.Error(Line, column, "nick", $"[nick] gives {arguments.Count} nicknames for {_candidates} candidates; give exactly one per candidate, in candidate order");
            return;
        }

        _nicks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!_nicks.TryAdd(arguments[i].Word, i))
            {
                _log.Error(Line, arguments[i].Column, "nick", $"nickname '{arguments[i].Word}' is given twice; nicknames must be unique");
            }
        }

        _nickLookup = _nicks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private bool TryResolve(string word, int column, string field, out int candidate)
    {
        if (_nicks is not null && _nicks.TryGetValue(word, out candidate))
        {
            return true;
        }

        if (int.TryParse(word, out var number) && number >= 1 && number <= _candidates)
        {
            candidate = number - 1;
            return true;
        }

        _log.Error(Line, column, field, $"'{word}' is not a candidate; use a number 1 to {_candidates} or a nickname from [nick …]");
        candidate = -1;
        return false;
    }

    private void AddWithdrawn(int candidate)
    {
        _builder.EnsureCandidates(candidate + 1);
        _builder.Withdraw(candidate);
    }

    /// <summary>Reads one ballot starting at <paramref name="pos"/>; returns whether more may follow on this line.</summary>
    private bool ReadBallot(ReadOnlySpan<byte> line, ref int pos)
    {
        var ballotColumn = pos + 1;
        var first = line[pos];
        if (first == (byte)'"')
        {
            _log.Warn(Line, ballotColumn, "ballots", "the ballots have no end marker (a line holding only 0) before the names; read the names from here");
            _phase = Phase.Names;
            return true;
        }

        var hasId = false;
        if (first == (byte)'(')
        {
            var close = line[pos..].IndexOf((byte)')');
            if (close < 0)
            {
                _log.Error(Line, ballotColumn, "ballot", "ballot id '(' has no closing ')'; write e.g. (17) 1 2 3 0");
                return false;
            }

            pos += close + 1;
            hasId = true;
            if (!SkipTrivia(line, ref pos))
            {
                _log.Error(Line, ballotColumn, "ballot", "a ballot id is not followed by a ballot; write e.g. (17) 1 2 3 0");
                return false;
            }
        }

        if (!hasId && _nicks is null && TryReadPlainBallot(line, pos))
        {
            pos = line.Length;
            return false;
        }

        var weightColumn = pos + 1;
        if (!IsDigit(line[pos]))
        {
            _log.Error(Line, weightColumn, "ballot", $"expected a ballot weight (a whole number), found '{Show(line, pos)}'; a ballot line is: weight, candidate numbers best first, 0");
            return false;
        }

        var weight = ParseNumber(line, ref pos, out var overflow);
        if (overflow)
        {
            _log.Error(Line, weightColumn, "ballot", $"weight '{Show(line, weightColumn - 1)}' is too large; a weight is a number of voters, at most {long.MaxValue:N0}");
            return false;
        }

        if (weight == 0 && !hasId)
        {
            var after = pos;
            if (!SkipTrivia(line, ref after) || line[after] == (byte)'"')
            {
                _phase = Phase.Names;
                pos = after;
                return true;
            }

            _log.Error(Line, weightColumn, "ballot", "weight 0 before the end of the ballots; a ballot's weight is the number of voters who cast it (at least 1), and a line holding only 0 ends the ballots");
            return false;
        }

        if (hasId)
        {
            _idBallots++;
            if (weight != 1)
            {
                _log.Error(Line, weightColumn, "ballot", $"a ballot with an id has weight {weight}; a ballot id names one voter's ballot, so its weight must be 1");
            }
        }
        else
        {
            _weightedBallots++;
        }

        return ReadRanks(line, ref pos, weight);
    }

    private bool ReadRanks(ReadOnlySpan<byte> line, ref int pos, long weight)
    {
        var count = 0;
        var tieNext = false;
        var terminated = false;
        var stamp = ++_ballotStamp;
        var ok = true;
        while (SkipTrivia(line, ref pos))
        {
            var column = pos + 1;
            var b = line[pos];
            int candidate;
            if (IsDigit(b))
            {
                var number = ParseCandidateNumber(line, ref pos);
                if (number == 0)
                {
                    terminated = true;
                    break;
                }

                if (number < 0 || number > _candidates)
                {
                    _log.Error(Line, column, "ballot", $"candidate {Show(line, column - 1)} does not exist; the header declares {_candidates} candidates (1 to {_candidates})");
                    ok = false;
                    break;
                }

                candidate = number - 1;
            }
            else if (b == (byte)'=')
            {
                if (count == 0 || tieNext)
                {
                    _log.Error(Line, column, "ballot", "'=' must stand between two candidates ranked equal, e.g. 2=3");
                    ok = false;
                    break;
                }

                tieNext = true;
                pos++;
                continue;
            }
            else if (b == (byte)'-' && (pos + 1 >= line.Length || !IsDigit(line[pos + 1])))
            {
                if (tieNext)
                {
                    _log.Error(Line, column, "ballot", "'=' must stand between two candidates ranked equal, not before a skipped rank '-'");
                    ok = false;
                    break;
                }

                _skippedRanks += weight;
                pos++;
                continue;
            }
            else if (_nicks is not null && IsNickStart(b))
            {
                if (!TryReadNick(line, ref pos, out candidate))
                {
                    ok = false;
                    break;
                }
            }
            else
            {
                _log.Error(Line, column, "ballot", $"unexpected '{Show(line, pos)}' in a ballot; a ballot lists candidate numbers separated by spaces ('=' joins equal ranks, '-' marks a skipped rank) and ends with 0");
                ok = false;
                break;
            }

            if (candidate >= _stamp.Length)
            {
                Array.Resize(ref _stamp, Math.Max(candidate + 1, Math.Min(_candidates, _stamp.Length * 2 + 8)));
            }

            if (_stamp[candidate] == stamp)
            {
                _log.Error(Line, column, "ballot", $"candidate {candidate + 1} is ranked twice on this ballot; each candidate may appear once");
                ok = false;
                break;
            }

            _stamp[candidate] = stamp;
            if (count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            _entries[count++] = (ushort)(candidate | (tieNext ? RankEntry.TiedWithPrevious : 0));
            tieNext = false;
        }

        if (ok && tieNext)
        {
            _log.Error(Line, pos, "ballot", "a ballot ends with '='; '=' must stand between two candidates ranked equal");
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        if (count == 0)
        {
            _emptyBallots += weight;
        }

        _builder.EnsureCandidates(MaxCandidate(count) + 1);
        _builder.AddChecked(weight, _entries.AsSpan(0, count));
        return terminated;
    }

    /// <summary>
    /// The fast path for the common line <c>weight c1 c2 … 0</c> (single spaces, plain numbers,
    /// nothing after the 0): parses it in one tight loop. Returns false, having changed nothing,
    /// for any other shape; the general path then reads (or reports) the line.
    /// </summary>
    private bool TryReadPlainBallot(ReadOnlySpan<byte> line, int pos)
    {
        unchecked
        {
            long weight = 0;
            var digits = 0;
            uint d;
            while (pos < line.Length && (d = (uint)(line[pos] - '0')) <= 9)
            {
                weight = (weight * 10) + d;
                pos++;
                digits++;
            }

            if (digits == 0 || digits > MaxWeightDigits || weight == 0 || _candidates > 64)
            {
                return false;
            }

            // Up to 64 candidates (nearly every real election), "already on this ballot" is a bit mask.
            var entries = _entries;
            var candidates = (uint)_candidates;
            ulong seen = 0;
            var count = 0;
            var max = -1;
            while (true)
            {
                if ((uint)(pos + 1) >= (uint)line.Length || line[pos] != (byte)' ')
                {
                    return false;
                }

                uint value = (uint)(line[pos + 1] - '0');
                if (value > 9)
                {
                    return false;
                }

                pos += 2;
                if (pos < line.Length && (d = (uint)(line[pos] - '0')) <= 9)
                {
                    value = (value * 10) + d;
                    pos++;
                }

                if (pos < line.Length && line[pos] != (byte)' ')
                {
                    return false;
                }

                if (value == 0)
                {
                    break;
                }

                if (value > candidates || count == entries.Length)
                {
                    return false;
                }

                var candidate = (int)value - 1;
                var bit = 1UL << candidate;
                if ((seen & bit) != 0)
                {
                    return false;
                }

                seen |= bit;
                entries[count++] = (ushort)candidate;
                max = Math.Max(max, candidate);
            }

            if (pos < line.Length && !TextDecoding.Trim(line[pos..]).IsEmpty)
            {
                return false;
            }

            _weightedBallots++;
            if (count == 0)
            {
                _emptyBallots += weight;
            }

            if (max >= _builder.CandidateCount)
            {
                _builder.EnsureCandidates(max + 1);
            }

            _builder.AddChecked(weight, entries.AsSpan(0, count));
            return true;
        }
    }

    /// <summary>
    /// The bulk fast path: parses as many lines of the common shape <c>weight c1 c2 … 0</c> as the
    /// reader has buffered, straight into the builder, and stops (consuming nothing of it) at the
    /// first line of any other shape, which the line-by-line path then reads or reports. Lines it
    /// accepts are exactly those <see cref="TryReadPlainBallot"/> accepts without leading or
    /// trailing blanks: single spaces, up to 64 candidates (a bit mask finds repeats), candidate
    /// numbers of one or two digits, <c>\n</c> or <c>\r\n</c> line ends.
    /// </summary>
    private void ReadPlainBallots()
    {
        var max = -1;
        while (true)
        {
            var window = _lines.PeekLineMemory();
            var span = window.Span;
            int committed, lines;
            if (_segments.Length > 0 && span.Length >= MinParallelSpan)
            {
                committed = ParsePlainLinesInParallel(window, out lines, ref max);
            }
            else
            {
                committed = ParsePlainLines(span, _builder, _candidates, _lines.MaxLine, out lines, ref max, ref _emptyBallots);
            }

            _lines.Advance(committed, lines);
            _weightedBallots += lines;
            if (committed < span.Length || lines == 0)
            {
                break;
            }
        }

        if (max >= _builder.CandidateCount)
        {
            _builder.EnsureCandidates(max + 1);
        }
    }

    /// <summary>
    /// Parses plain ballot lines from the start of <paramref name="span"/> (complete lines, followed
    /// by at least <see cref="ByteLineReader.PeekSlack"/> readable bytes); returns the bytes of the
    /// lines taken.
    /// </summary>
    private static int ParsePlainLines(ReadOnlySpan<byte> span, BallotBoxBuilder builder, int candidateCount, int maxLine, out int lines, ref int max, ref long emptyBallots)
    {
        // Unchecked: bytes below '0' wrap to large values, which the digit tests reject.
        unchecked
        {
            var candidates = (uint)candidateCount;

            // Reads without bounds checks are safe: the span ends with '\n', every byte read is at
            // most one past a byte already seen not to be '\n', and the four-byte loads may reach
            // three bytes past the span, which PeekLines keeps inside the buffer (those bytes only
            // matter when the byte before them is a digit, so never past the span).
            ref var at = ref MemoryMarshal.GetReference(span);
            var pos = 0;
            lines = 0;
            while (pos < span.Length)
            {
                var lineStart = pos;
                uint d;
                long weight = 0;
                while ((d = (uint)(Unsafe.Add(ref at, pos) - '0')) <= 9)
                {
                    weight = (weight * 10) + d; // more than 18 digits: refused below
                    pos++;
                }

                if (weight <= 0 || pos - lineStart > MaxWeightDigits)
                {
                    return lineStart;
                }

                // At most one entry per candidate (repeats stop the path), so _candidates entries fit.
                ref var entries = ref MemoryMarshal.GetReference(builder.FreeEntries(candidateCount));
                ulong seen = 0;
                var count = 0;
                while (true)
                {
                    // One token " d" or " dd" from a four-byte little-endian load, without a branch
                    // on its length: [' ', first, second, third].
                    var word = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, pos));
                    var first = ((word >> 8) & 0xFF) - '0';
                    var second = ((word >> 16) & 0xFF) - '0';
                    var two = second <= 9;
                    if ((word & 0xFF) != ' ' || first > 9 || (two && (word >> 24) - '0' <= 9))
                    {
                        return lineStart;
                    }

                    var value = two ? (first * 10) + second : first;
                    pos += two ? 3 : 2;
                    if (value == 0)
                    {
                        break;
                    }

                    var bit = 1UL << (int)(value - 1);
                    if (value > candidates || (seen & bit) != 0)
                    {
                        return lineStart;
                    }

                    seen |= bit;
                    Unsafe.Add(ref entries, count++) = (ushort)(value - 1);
                }

                if (Unsafe.Add(ref at, pos) == (byte)'\r')
                {
                    pos++;
                }

                if (Unsafe.Add(ref at, pos) != (byte)'\n' || pos - lineStart > maxLine)
                {
                    return lineStart;
                }

                pos++;
                lines++;
                if (count == 0)
                {
                    emptyBallots += weight;
                }

                max = Math.Max(max, 63 - BitOperations.LeadingZeroCount(seen));
                builder.CommitChecked(weight, count);
            }

            return pos;
        }
    }

    /// <summary>
    /// <see cref="ParsePlainLines"/> on one thread per chunk of <paramref name="window"/> (split at
    /// line ends): chunk 0 into the builder, the others into segments appended in order, so the
    /// box is the one the single-threaded loop builds. Where a chunk stops at a line the fast path
    /// does not take, the chunks after it are dropped and the window ends at that line, which the
    /// line-by-line reader then reads or reports with its exact line number.
    /// </summary>
    private int ParsePlainLinesInParallel(ReadOnlyMemory<byte> window, out int lines, ref int max)
    {
        var span = window.Span;
        var chunks = _segments.Length + 1;
        var bounds = new int[chunks + 1];
        for (var i = 1; i < chunks; i++)
        {
            var cut = Math.Max(bounds[i - 1], (int)((long)span.Length * i / chunks));
            var newline = span[cut..].IndexOf((byte)'\n');
            bounds[i] = newline < 0 ? span.Length : cut + newline + 1;
        }

        bounds[chunks] = span.Length;
        var results = new (int Committed, int Lines, int Max, long Empty)[chunks];
        var candidates = _candidates;
        var maxLine = _lines.MaxLine;
        var tasks = new Task[chunks - 1];
        for (var i = 1; i < chunks; i++)
        {
            var chunk = i;
            tasks[i - 1] = Task.Run(() =>
            {
                var chunkMax = -1;
                long empty = 0;
                var bytes = window.Span[bounds[chunk]..bounds[chunk + 1]];
                var committed = ParsePlainLines(bytes, _segments[chunk - 1], candidates, maxLine, out var chunkLines, ref chunkMax, ref empty);
                results[chunk] = (committed, chunkLines, chunkMax, empty);
            });
        }

        try
        {
            var firstMax = -1;
            long firstEmpty = 0;
            var first = ParsePlainLines(span[..bounds[1]], _builder, candidates, maxLine, out var firstLines, ref firstMax, ref firstEmpty);
            results[0] = (first, firstLines, firstMax, firstEmpty);
        }
        finally
        {
            // Block without spinning first (Task.Wait spins, which on a busy machine takes the core
            // the other chunk needs); WaitAll then only rethrows a failure.
            foreach (var task in tasks)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }

            Task.WaitAll(tasks);
        }

        var taken = 0;
        lines = 0;
        for (var i = 0; i < chunks; i++)
        {
            var (committed, chunkLines, chunkMax, empty) = results[i];
            if (i > 0)
            {
                _builder.AppendChecked(_segments[i - 1]);
            }

            taken += committed;
            lines += chunkLines;
            max = Math.Max(max, chunkMax);
            _emptyBallots += empty;
            if (committed < bounds[i + 1] - bounds[i])
            {
                // Later chunks continue after a line not yet read: drop them.
                for (var j = i + 1; j < chunks; j++)
                {
                    _segments[j - 1].Clear();
                }

                break;
            }
        }

        return taken;
    }

    private int MaxCandidate(int count)
    {
        var max = -1;
        for (var i = 0; i < count; i++)
        {
            max = Math.Max(max, _entries[i] & 0x7FFF);
        }

        return max;
    }

    private bool TryReadNick(ReadOnlySpan<byte> line, ref int pos, out int candidate)
    {
        var start = pos;
        while (pos < line.Length && !IsSpace(line[pos]) && line[pos] != (byte)'=' && line[pos] != (byte)'#')
        {
            pos++;
        }

        var bytes = line[start..pos];
        Span<char> chars = stackalloc char[Math.Min(bytes.Length, 256)];
        if (bytes.Length <= 256 && Encoding.UTF8.GetCharCount(bytes) <= chars.Length)
        {
            var written = Encoding.UTF8.GetChars(bytes, chars);
            if (_nickLookup.TryGetValue(chars[..written], out candidate))
            {
                return true;
            }
        }

        _log.Error(Line, start + 1, "ballot", $"'{Encoding.UTF8.GetString(bytes)}' is not a nickname from [nick …] nor a candidate number");
        candidate = -1;
        return false;
    }

    private void ReadStrings(ReadOnlySpan<byte> line, int pos)
    {
        while (SkipTrivia(line, ref pos))
        {
            var column = pos + 1;
            string text;
            if (line[pos] == (byte)'"')
            {
                if (!TryReadQuoted(line, ref pos, out text))
                {
                    return;
                }
            }
            else
            {
                text = TextDecoding.Decode(TextDecoding.Trim(line[pos..]), _log, Line, column, FieldOfNextString());
                pos = line.Length;
            }

            AddString(text, column);
        }
    }

    private bool TryReadQuoted(ReadOnlySpan<byte> line, ref int pos, out string text)
    {
        var column = pos + 1;
        var buffer = new List<byte>();
        var i = pos + 1;
        while (i < line.Length)
        {
            if (line[i] == (byte)'"')
            {
                if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                {
                    buffer.Add((byte)'"');
                    i += 2;
                    continue;
                }

                pos = i + 1;
                text = TextDecoding.Decode(buffer.ToArray(), _log, Line, column, FieldOfNextString());
                return true;
            }

            buffer.Add(line[i]);
            i++;
        }

        _log.Error(Line, column, FieldOfNextString(), "a quoted name has no closing '\"' on its line; close the quote (write a quote inside a name as \"\")");
        text = "";
        return false;
    }

    private string FieldOfNextString() =>
        _phase == Phase.Names ? $"candidate {_namesRead + 1} name" : _phase == Phase.Title ? "title" : "trailer";

    private void AddString(string text, int column)
    {
        switch (_phase)
        {
            case Phase.Names:
                _builder.EnsureCandidates(_namesRead + 1);
                _builder.RenameCandidate(_namesRead, text);
                _names.Add(text);
                _namesRead++;
                if (_namesRead == _candidates)
                {
                    _phase = Phase.Title;
                }

                break;
            case Phase.Title:
                _builder.Title = text;
                _phase = Phase.Trailer;
                break;
            default:
                _extraStrings++;
                if (_extraStrings == 1)
                {
                    _log.Warn(Line, column, "trailer", "text after the title (a source or comment line, or a report) is not used and was ignored");
                }

                break;
        }
    }

    private void Finish()
    {
        if (_commentDepth > 0)
        {
            throw _log.Fatal(_commentLine, 0, "", "a '/*' comment is never closed; add '*/'");
        }

        switch (_phase)
        {
            case Phase.Header:
            case Phase.Seats:
                throw _log.Fatal(Line, 0, "header", "the file ends before the header; a BLT file starts with two numbers: candidates and seats, e.g. \"4 2\"");
            case Phase.Ballots:
                throw _log.Fatal(Line, 0, "ballots", "the file ends inside the ballots; end them with a line holding only 0, followed by one quoted name per candidate and the title");
            case Phase.Names:
                throw _log.Fatal(Line, 0, "names", $"the file ends after {_namesRead} of {_candidates} candidate names; add one quoted name per candidate, in number order, then the title");
            case Phase.Title:
                _log.Warn(Line, 0, "title", "the file has no title after the candidate names");
                break;
            default:
                break;
        }

        if (_idBallots > 0 && _weightedBallots > 0)
        {
            _log.Warn(0, 0, "ballots", $"{_idBallots} ballots carry an id and {_weightedBallots} do not; was the file assembled from two sources?");
        }

        WarnDuplicateNames();
        _log.ThrowIfErrors();
    }

    private void WarnDuplicateNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _names)
        {
            if (!seen.Add(name))
            {
                _log.Warn(0, 0, "names", $"two candidates are named '{name}'; commands that match candidates by name cannot tell them apart");
            }
        }
    }

    /// <summary>Skips spaces, tabs and comments; returns false at the end of the line.</summary>
    private bool SkipTrivia(ReadOnlySpan<byte> line, ref int pos)
    {
        while (true)
        {
            if (_commentDepth > 0)
            {
                while (pos < line.Length && _commentDepth > 0)
                {
                    if (line[pos] == (byte)'*' && pos + 1 < line.Length && line[pos + 1] == (byte)'/')
                    {
                        _commentDepth--;
                        pos += 2;
                    }
                    else if (line[pos] == (byte)'/' && pos + 1 < line.Length && line[pos + 1] == (byte)'*')
                    {
                        _commentDepth++;
                        pos += 2;
                    }
                    else
                    {
                        pos++;
                    }
                }

                if (_commentDepth > 0)
                {
                    return false;
                }
            }

            while (pos < line.Length && IsSpace(line[pos]))
            {
                pos++;
            }

            if (pos >= line.Length)
            {
                return false;
            }

            var b = line[pos];
            if (b == (byte)'#')
            {
                pos = line.Length;
                return false;
            }

            if (b == (byte)'/' && pos + 1 < line.Length && line[pos + 1] == (byte)'*')
            {
                _commentDepth = 1;
                _commentLine = Line;
                pos += 2;
                continue;
            }

            return true;
        }
    }

    /// <summary>Parses a candidate number; returns -1 if it has too many digits or is followed by a letter.</summary>
    private static int ParseCandidateNumber(ReadOnlySpan<byte> line, ref int pos)
    {
        var value = 0;
        var digits = 0;
        while (pos < line.Length && IsDigit(line[pos]))
        {
            if (digits < 7)
            {
                value = (value * 10) + (line[pos] - '0');
            }

            digits++;
            pos++;
        }

        if (digits >= 7 || (pos < line.Length && !IsSeparator(line[pos]) && line[pos] != (byte)'='))
        {
            return -1;
        }

        return value;
    }

    private static long ParseNumber(ReadOnlySpan<byte> line, ref int pos, out bool overflow)
    {
        long value = 0;
        var digits = 0;
        overflow = false;
        while (pos < line.Length && IsDigit(line[pos]))
        {
            if (digits < MaxWeightDigits)
            {
                value = (value * 10) + (line[pos] - '0');
            }
            else
            {
                overflow = true;
            }

            digits++;
            pos++;
        }

        return value;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v';

    private static bool IsSeparator(byte b) => IsSpace(b) || b == (byte)'#' || b == (byte)'/';

    private static bool IsNickStart(byte b) => !IsDigit(b) && !IsSpace(b) && b is not ((byte)'=' or (byte)'-' or (byte)'"' or (byte)'(' or (byte)'#');

    /// <summary>The token at <paramref name="pos"/>, for messages (at most 20 characters).</summary>
    private static string Show(ReadOnlySpan<byte> line, int pos)
    {
        if (pos >= line.Length)
        {
            return "end of line";
        }

        var end = pos;
        while (end < line.Length && end - pos < 20 && (end == pos || !IsSpace(line[end])))
        {
            end++;
        }

        var text = Encoding.UTF8.GetString(line[pos..end]);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }
}
