using System.Text.Json;

namespace Elections.Conformance;

/// <summary>One case of expected.json: a ballot file, a method, the seats and the published result.</summary>
internal sealed record ConformanceCase
{
    public required string Id { get; init; }

    public required string File { get; init; }

    public required string Method { get; init; }

    public required int Seats { get; init; }

    public required IReadOnlyList<string> Winners { get; init; }

    public required JsonElement Extra { get; init; }

    public string? ExtraString(string name) =>
        Extra.ValueKind == JsonValueKind.Object && Extra.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public IReadOnlyList<string> ExtraList(string name) =>
        Extra.ValueKind == JsonValueKind.Object && Extra.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : [];

    public static IReadOnlyList<ConformanceCase> Load(string expectedJson)
    {
        using var document = JsonDocument.Parse(expectedJson);
        var cases = new List<ConformanceCase>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            cases.Add(new ConformanceCase
            {
                Id = item.GetProperty("id").GetString() ?? "",
                File = item.GetProperty("file").GetString() ?? "",
                Method = item.GetProperty("method").GetString() ?? "",
                Seats = item.GetProperty("seats").GetInt32(),
                Winners = item.GetProperty("winners").EnumerateArray().Select(v => v.GetString() ?? "").ToList(),
                Extra = item.TryGetProperty("extra", out var extra) ? extra.Clone() : default,
            });
        }

        return cases;
    }
}
