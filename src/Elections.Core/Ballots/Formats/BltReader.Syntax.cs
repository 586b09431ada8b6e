using System.Text;

namespace Elections.Core.Ballots.Formats;

/// <summary>Lexing: blanks and comments, numbers, character classes, and the tokens messages show.</summary>
internal sealed partial class BltReader
{
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
                ReadComment(line, pos);
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

    /// <summary>
    /// A <c>#</c> comment before the first ballot may carry the unranked rule
    /// (<see cref="BltUnrankedComment"/>); other comments are skipped.
    /// </summary>
    private void ReadComment(ReadOnlySpan<byte> line, int pos)
    {
        if (_phase != Phase.Ballots || _builder.BallotCount > 0)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(line[(pos + 1)..]);
        if (!BltUnrankedComment.TryParse(text, out var unranked, out var error))
        {
            return;
        }

        if (error is not null)
        {
            _log.Error(Line, pos + 1, "unranked", error);
            return;
        }

        _unranked = unranked;
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
