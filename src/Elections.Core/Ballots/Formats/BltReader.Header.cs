using System.Text;

namespace Elections.Core.Ballots.Formats;

/// <summary>The header (candidates and seats) and the preamble before the ballots: withdrawn candidates, Droop nicknames and options.</summary>
internal sealed partial class BltReader
{
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

    private void AddWithdrawn(int candidate)
    {
        _builder.EnsureCandidates(candidate + 1);
        _builder.Withdraw(candidate);
    }
}
