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
internal sealed partial class BltReader
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
    private UnrankedPolicy _unranked = UnrankedPolicy.Last;

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
            DefaultUnranked = _unranked,
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
}
