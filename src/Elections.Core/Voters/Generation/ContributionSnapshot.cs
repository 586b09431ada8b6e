using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Elections.Core.Validation;

namespace Elections.Core.Voters.Generation;

/// <summary>
/// The reproducible contribution snapshot written next to a generated roll (issue 11 item 1; the NixOS
/// contribution record of nixos-anchor §2.3, and OpenStack's checksummed rolls): JSON lines, first the holes
/// in the data (<c>"kind":"gap"</c>) sorted by place, then every pull request that counts (<c>"kind":"pr"</c>)
/// sorted by merge time, repository, number and key. The same data always gives the same bytes.
/// </summary>
public static class ContributionSnapshot
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders the snapshot (UTF-8 text, LF line ends).</summary>
    public static string Write(IReadOnlyList<HarvestProblem> gaps, IReadOnlyList<MergedPullRequest> counted)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(counted);
        var text = new StringBuilder();
        foreach (var gap in gaps.OrderBy(g => g.Where, StringComparer.Ordinal).ThenBy(g => g.Problem, StringComparer.Ordinal))
        {
            text.Append(Line(w =>
            {
                w.WriteString("kind", "gap");
                w.WriteString("where", gap.Where);
                w.WriteString("problem", gap.Problem);
            })).Append('\n');
        }

        foreach (var pr in counted)
        {
            text.Append(Line(w =>
            {
                w.WriteString("kind", "pr");
                w.WriteString("key", pr.Key);
                w.WriteString("repo", pr.Repository);
                w.WriteNumber("number", pr.Number);
                w.WriteString("merged_at", pr.MergedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
                w.WriteNumber("commits", pr.Commits);
                WriteActor(w, "author", pr.Author);
                WriteActor(w, "merged_by", pr.MergedBy);
            })).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The lowercase hex SHA-256 of <paramref name="snapshot"/>'s UTF-8 bytes.</summary>
    public static string Sha256(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
    }

    /// <summary>The checksum file's text, in <c>sha256sum</c> format so <c>sha256sum -c</c> verifies it.</summary>
    public static string ChecksumLine(string snapshot, string snapshotFileName) => $"{Sha256(snapshot)}  {snapshotFileName}\n";

    /// <summary>Reads a snapshot back; every line that cannot be read is a problem naming its line.</summary>
    public static (ContributionHarvest Harvest, IReadOnlyList<Problem> Problems) Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var prs = new List<MergedPullRequest>();
        var gaps = new List<HarvestProblem>();
        var problems = new List<Problem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                switch (root.GetProperty("kind").GetString())
                {
                    case "gap":
                        gaps.Add(new HarvestProblem(root.GetProperty("where").GetString() ?? "", root.GetProperty("problem").GetString() ?? ""));
                        break;
                    case "pr":
                        prs.Add(ReadPullRequest(root));
                        break;
                    default:
                        problems.Add(new Problem(file, i + 1, "kind", "must be \"gap\" or \"pr\"; regenerate the snapshot with `elections voters generate`"));
                        break;
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add(new Problem(file, i + 1, "", $"not a snapshot line ({e.Message}); regenerate the snapshot with `elections voters generate`"));
            }
        }

        return (new ContributionHarvest(file, prs, gaps), problems);
    }

    private static MergedPullRequest ReadPullRequest(JsonElement root) => new()
    {
        Key = root.GetProperty("key").GetString() ?? "",
        Repository = root.GetProperty("repo").GetString() ?? "",
        Number = root.GetProperty("number").GetInt64(),
        MergedAt = DateTimeOffset.Parse(root.GetProperty("merged_at").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        Commits = root.GetProperty("commits").GetInt32(),
        Author = ReadActor(root.GetProperty("author")),
        MergedBy = ReadActor(root.GetProperty("merged_by")),
    };

    private static ContributionActor? ReadActor(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null
            ? null
            : new ContributionActor(element.GetProperty("id").GetInt64(), element.GetProperty("login").GetString() ?? "", element.GetProperty("bot").GetBoolean());

    private static void WriteActor(Utf8JsonWriter writer, string name, ContributionActor? actor)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("id", actor.Id);
        writer.WriteString("login", actor.Login);
        writer.WriteBoolean("bot", actor.IsBot);
        writer.WriteEndObject();
    }

    private static string Line(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
