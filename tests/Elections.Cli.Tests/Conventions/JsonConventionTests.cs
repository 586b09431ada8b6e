using System.Text.Json;
using System.Text.RegularExpressions;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Conventions;

/// <summary>Every <c>--json</c> document: a top-level <c>format_version</c> first, snake_case field names throughout.</summary>
public sealed partial class JsonConventionTests : IDisposable
{
    // Objects whose keys are data (candidate names, voter statuses, nominee states), not field names.
    private static readonly HashSet<string> DataMaps = ["votes", "first_preferences", "statuses", "voters", "nominees_by_state"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-json-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string> Commands => ["stats", "tally", "status", "validate", "import-nixos"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Json_EveryCommand_FormatVersionFirstAndSnakeCase(string name)
    {
        var root = SampleRepository.Root();
        var blt = Path.Combine(_folder.FullName, "b.blt");
        await File.WriteAllTextAsync(blt, "3 1\n2 1 2 0\n1 3 0\n1 2 3 0\n0\n\"Ann\"\n\"Bo\"\n\"Cy\"\n\"Board 2027\"\n");
        var map = Path.Combine(_folder.FullName, "map.json");
        await File.WriteAllTextAsync(map, "{\"ann@example.org\": 3000001}");
        string[] args = name switch
        {
            "stats" => ["ballots", "stats", blt, "--json"],
            "tally" => ["tally", blt, "-m", "schulze", "--json", "--long-terms", "1"],
            "status" => ["status", "--repo", root, "--at", "2026-09-28T18:00:00Z", "--json"],
            "validate" => ["validate", "--repo", root, "--json"],
            _ => ["voters", "import-nixos", map, "--out", Path.Combine(_folder.FullName, "voters.json"), "--json"],
        };

        var (exit, output, error) = await CliRun.RunAsync(args);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal("format_version", first.Name);
        Assert.Equal(1, first.Value.GetInt32());
        foreach (var field in FieldNames(json.RootElement))
        {
            Assert.Matches(SnakeCase(), field);
        }
    }

    private static IEnumerable<string> FieldNames(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(FieldNames);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.EnumerateObject().SelectMany(p =>
            DataMaps.Contains(p.Name) ? [p.Name] : FieldNames(p.Value).Prepend(p.Name));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
