using System.Globalization;
using System.Net;
using System.Text;

namespace Elections.App.Presentation.Tally.Report;

/// <summary>Small HTML helpers shared by the report's sections.</summary>
internal static class Html
{
    /// <summary>The page's style sheet: readable at 1280 px and on a phone; wide tables scroll in their own box.</summary>
    public const string Style =
        "*{box-sizing:border-box}"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;padding:1.5em;max-width:1100px;line-height:1.45;color:#1b1b1b}"
        + "h1,h2,h3{line-height:1.2;overflow-wrap:anywhere}h2{margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}"
        + ".scroll{overflow-x:auto;max-width:100%;margin:1em 0}.scroll table{margin:0}"
        + "table{border-collapse:collapse;margin:1em 0}"
        + "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right;white-space:nowrap}"
        + "th:first-child,td:first-child,thead th{text-align:left}"
        + "table.matrix thead th+th{writing-mode:vertical-rl;transform:rotate(180deg);vertical-align:bottom;padding:.5em .2em}"
        + "td.wrap{white-space:normal;overflow-wrap:anywhere;text-align:left}"
        + "code{overflow-wrap:anywhere;word-break:break-all;background:#f4f4f4;padding:.1em .3em}"
        + ".won{font-weight:bold;background:#e6f4ea}.note{color:#555;font-size:.9em}"
        + ".win{background:#8fd18f}.lose{background:#f4a6a6}.even{background:#f2f2b0}.self{background:#eee}"
        + ".legend span{display:inline-block;padding:0 .5em;margin-right:.5em}"
        + "svg{display:block;max-width:100%;height:auto}"
        + "details{margin:.5em 0}summary{cursor:pointer;font-weight:600}"
        + "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.meta dd{margin:0;overflow-wrap:anywhere}";

    /// <summary>HTML-escaped text.</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A number for SVG coordinates, invariant, one decimal.</summary>
    public static string N(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Opens a table inside a box that scrolls sideways when the table is wider than the page.</summary>
    public static StringBuilder OpenScrollTable(this StringBuilder html, string label, string css = "") =>
        html.Append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(E(label)).Append("\"><table")
            .Append(css.Length > 0 ? $" class=\"{css}\"" : "").Append('>');

    /// <summary>Closes what <see cref="OpenScrollTable"/> opened.</summary>
    public static StringBuilder CloseScrollTable(this StringBuilder html) => html.Append("</table></div>\n");

    /// <summary>A decimal string parsed for drawing only (bar lengths); 0 when it is not a number.</summary>
    public static decimal Parse(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0m;
}
