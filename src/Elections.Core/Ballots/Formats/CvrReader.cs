namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Reads a cast-vote-record CSV whose rank columns (<c>rank1</c> … <c>rankN</c>) hold a candidate
/// name or a marker per rank, one row per ballot (Minneapolis 2013 and Portland 2024 exports,
/// reference-elections/README.md §6–7). Splits the lines; <see cref="CvrRows"/> applies the
/// <see cref="CvrRules"/> to each row, as it does for worksheets.
/// </summary>
internal sealed class CvrReader(ByteLineReader lines, ProblemLog log, CvrRules? rules)
{
    private readonly List<CsvField> _fields = [];

    public BallotFile Read()
    {
        var rows = new CvrRows(log, rules ?? CvrRows.ChooseRules(System.Text.Encoding.UTF8.GetString(lines.Peek(64 * 1024)), log), sheet: null);
        var header = false;
        while (lines.TryReadLine(out var line))
        {
            if (TextDecoding.Trim(line).IsEmpty)
            {
                continue;
            }

            var lineNumber = lines.LineNumber;
            if (!header)
            {
                if (!CsvLine.TrySplit(line, log, lineNumber, "header", _fields))
                {
                    throw log.Fatal(lineNumber, 0, "header", "the header row cannot be read");
                }

                rows.Header(_fields, lineNumber);
                header = true;
                continue;
            }

            if (!CsvLine.TrySplit(line, log, lineNumber, "ballot", _fields))
            {
                continue;
            }

            if (_fields.Count != rows.Columns)
            {
                log.Error(lineNumber, 1, "ballot", $"the row has {_fields.Count} cells for {rows.Columns} columns; every row needs one cell per header column");
                continue;
            }

            rows.Row(_fields, lineNumber);
        }

        if (!header)
        {
            throw log.Fatal(lines.LineNumber, 0, "header", "the file has no header row; a CVR CSV starts with column names such as rank1,rank2,rank3");
        }

        return rows.Finish(BallotFormat.Cvr);
    }
}
