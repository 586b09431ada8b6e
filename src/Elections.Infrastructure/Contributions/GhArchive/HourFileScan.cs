using System.Buffers;
using Elections.Core.Voters.Generation;

namespace Elections.Infrastructure.Contributions.GhArchive;

/// <summary>
/// Streams one GH Archive hour file: inflates into a line buffer, finds candidate lines with a vectorised
/// search for <c>"PullRequestEvent"</c> on the raw bytes (most lines are never parsed), and parses only those.
/// NUL bytes separate lines like newlines do (gharchive #190; NixOS ran <c>tr -s '\0' '\n'</c>). Memory is
/// bounded by the buffers, whatever the file size; only pull requests the filter keeps are retained.
/// </summary>
internal sealed class HourFileScan
{
    private const int InputSize = 1 << 18;
    private const int InitialLineBuffer = 1 << 22;
    private const int MaxLineBuffer = 1 << 28;
    private static readonly SearchValues<byte> Separators = SearchValues.Create("\n\0"u8);

    private readonly string _name;
    private readonly Func<MergedPullRequest, bool> _keep;
    private long _line = 1;

    private HourFileScan(string name, Func<MergedPullRequest, bool> keep)
    {
        _name = name;
        _keep = keep;
    }

    private List<MergedPullRequest> Found { get; } = [];

    private List<HarvestProblem> Problems { get; } = [];

    /// <summary>Reads <paramref name="path"/>; returns the pull requests <paramref name="keep"/> accepts and every problem, named by <paramref name="name"/>.</summary>
    public static (List<MergedPullRequest> Found, List<HarvestProblem> Problems) Read(string path, string name, Func<MergedPullRequest, bool> keep)
    {
        var scan = new HourFileScan(name, keep);
        try
        {
            scan.Run(path);
        }
        catch (IOException e)
        {
            scan.Problems.Add(new HarvestProblem(name, $"cannot be read: {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            scan.Problems.Add(new HarvestProblem(name, $"cannot be read: {e.Message}"));
        }

        return (scan.Found, scan.Problems);
    }

    private void Run(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var inflater = new GzipInflater();
        var input = ArrayPool<byte>.Shared.Rent(InputSize);
        var lines = ArrayPool<byte>.Shared.Rent(InitialLineBuffer);
        try
        {
            int inStart = 0, inEnd = 0, filled = 0;
            var eof = false;
            var inMember = false;
            var anyInput = false;
            while (true)
            {
                if (inStart == inEnd && !eof)
                {
                    inEnd = file.Read(input, 0, input.Length);
                    inStart = 0;
                    eof = inEnd == 0;
                }

                if (inStart == inEnd && eof)
                {
                    break;
                }

                var (code, consumed, produced) = inflater.Inflate(input.AsSpan(inStart, inEnd - inStart), lines.AsSpan(filled));
                inStart += consumed;
                filled += produced;
                anyInput |= consumed > 0;
                inMember |= consumed > 0 || produced > 0;
                if (code == GzipInflater.StreamEnd)
                {
                    inMember = false;
                    inflater.Reset();
                }
                else if (code < 0 && code != GzipInflater.BufferError)
                {
                    filled = Lines(ref lines, filled);
                    Problems.Add(new HarvestProblem(_name, $"corrupt gzip data near line {_line} ({inflater.Message(code)}); events after that point are not read"));
                    Finish(lines, filled);
                    return;
                }

                if (lines.Length - filled < lines.Length / 4)
                {
                    filled = Lines(ref lines, filled);
                }
            }

            filled = Lines(ref lines, filled);
            Finish(lines, filled);
            if (!anyInput)
            {
                Problems.Add(new HarvestProblem(_name, "is empty, not a gzip file; download the hour again"));
            }
            else if (inMember)
            {
                Problems.Add(new HarvestProblem(_name, $"is truncated: the gzip data stops in the middle (after line {_line}); download the hour again"));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(lines);
        }
    }

    /// <summary>Scans the complete lines in the buffer, keeps the unfinished last line at its start, and returns its length.</summary>
    private int Lines(ref byte[] buffer, int filled)
    {
        var data = buffer.AsSpan(0, filled);
        var last = data.LastIndexOfAny(Separators);
        if (last < 0)
        {
            if (filled == buffer.Length)
            {
                buffer = Grow(buffer, filled);
            }

            return filled;
        }

        Scan(data[..(last + 1)]);
        var tail = filled - last - 1;
        data[(last + 1)..].CopyTo(buffer);
        return tail;
    }

    /// <summary>The file's last line when it has no final newline.</summary>
    private void Finish(byte[] buffer, int filled)
    {
        if (filled > 0)
        {
            var line = buffer.AsSpan(0, filled);
            if (line.IndexOf(PullRequestNeedle) >= 0)
            {
                Handle(line, _line);
            }
        }
    }

    private static ReadOnlySpan<byte> PullRequestNeedle => "\"PullRequestEvent\""u8;

    private void Scan(ReadOnlySpan<byte> region)
    {
        var position = 0;
        var counted = 0;
        var line = _line;
        while (true)
        {
            var found = region[position..].IndexOf(PullRequestNeedle);
            if (found < 0)
            {
                break;
            }

            var at = position + found;
            var start = region[..at].LastIndexOfAny(Separators) + 1;
            var end = at + region[at..].IndexOfAny(Separators);
            line += region[counted..start].Count((byte)'\n');
            counted = start;
            Handle(region[start..end], line);
            position = end + 1;
        }

        _line = line + region[counted..].Count((byte)'\n');
    }

    private void Handle(ReadOnlySpan<byte> line, long number)
    {
        try
        {
            if (PullRequestEventLine.Parse(line) is { } pr && _keep(pr))
            {
                Found.Add(pr);
            }
        }
        catch (FormatException e)
        {
            Problems.Add(new HarvestProblem($"{_name}:{number}", $"bad event line: {e.Message}"));
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        if (buffer.Length >= MaxLineBuffer)
        {
            throw new IOException($"a line is longer than {MaxLineBuffer >> 20} MB");
        }

        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }
}
