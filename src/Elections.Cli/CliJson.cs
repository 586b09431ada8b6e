using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Cli;

/// <summary>The JSON settings every <c>--json</c> output uses.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
