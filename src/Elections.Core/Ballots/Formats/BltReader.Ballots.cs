namespace Elections.Core.Ballots.Formats;

/// <summary>Ballot lines one at a time: the general path for every dialect, and its fast path for the common plain line.</summary>
internal sealed partial class BltReader
{
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

    private int MaxCandidate(int count)
    {
        var max = -1;
        for (var i = 0; i < count; i++)
        {
            max = Math.Max(max, _entries[i] & 0x7FFF);
        }

        return max;
    }
}
