using System.Text.Encodings.Web;
using System.Text.Json;
using Elections.App.Presentation;

namespace Elections.Cli;

/// <summary>The JSON settings every <c>--json</c> output uses.</summary>
internal static class CliJson
{
    /// <summary>The <c>format_version</c> every JSON document starts with (<see cref="JsonFormat"/>).</summary>
    public const int FormatVersion = JsonFormat.Version;

    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
