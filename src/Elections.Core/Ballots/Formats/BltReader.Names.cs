namespace Elections.Core.Ballots.Formats;

/// <summary>After the ballots: candidate names, the title, and the checks at the end of the file.</summary>
internal sealed partial class BltReader
{
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
}
