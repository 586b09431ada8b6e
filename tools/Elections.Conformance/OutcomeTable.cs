using System.Text;

namespace Elections.Conformance;

/// <summary>Renders the outcomes as a plain-text table, details under failing rows.</summary>
internal static class OutcomeTable
{
    public static string Render(IReadOnlyList<CaseOutcome> outcomes)
    {
        string[] header = ["case", "method", "seats", "expected", "got", "rounds", "round trips", "result"];
        var rows = outcomes.Select(o => new[] { o.Id, o.Method, o.Seats.ToString(System.Globalization.CultureInfo.InvariantCulture), Cut(o.Expected), Cut(o.Got), o.Rounds, o.RoundTrips, o.Status }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        for (var i = 0; i < rows.Count; i++)
        {
            Line(rows[i]);
            if (outcomes[i].Detail.Length > 0 && outcomes[i].Status != "PASS")
            {
                text.AppendLine("    " + outcomes[i].Detail);
            }
        }

        return text.ToString();
    }

    private static string Cut(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
