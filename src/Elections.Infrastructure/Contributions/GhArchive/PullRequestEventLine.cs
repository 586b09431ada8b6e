using System.Globalization;
using System.Text.Json;
using Elections.Core.Voters.Generation;

namespace Elections.Infrastructure.Contributions.GhArchive;

/// <summary>
/// Reads one GH Archive event line with a forward-only <see cref="Utf8JsonReader"/>, keeping only what the
/// rule needs: a <c>PullRequestEvent</c> whose <c>payload.action</c> is <c>closed</c> and whose
/// <c>payload.pull_request.merged</c> is true becomes a <see cref="MergedPullRequest"/> (nixos-anchor §1.4 step 7).
/// Every other subtree is skipped without being materialised.
/// </summary>
internal static class PullRequestEventLine
{
    /// <summary>Parses <paramref name="line"/>; returns the merged pull request, or null for any other event. Throws <see cref="FormatException"/> for a bad line.</summary>
    public static MergedPullRequest? Parse(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return ReadEvent(ref reader);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON ({e.Message})", e);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"a field has the wrong type ({e.Message})", e);
        }
    }

    private static MergedPullRequest? ReadEvent(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "the event");
        var isPullRequestEvent = false;
        string? repoName = null;
        long repoId = 0;
        DateTimeOffset? createdAt = null;
        Payload? payload = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                Next(ref reader);
                isPullRequestEvent = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("PullRequestEvent"u8);
            }
            else if (reader.ValueTextEquals("repo"u8))
            {
                Next(ref reader);
                (repoId, repoName) = ReadRepo(ref reader);
            }
            else if (reader.ValueTextEquals("payload"u8))
            {
                Next(ref reader);
                payload = ReadPayload(ref reader);
            }
            else if (reader.ValueTextEquals("created_at"u8))
            {
                Next(ref reader);
                createdAt = ReadTime(ref reader);
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }

        if (!isPullRequestEvent || payload is not { Closed: true, Merged: true } p)
        {
            return null;
        }

        if (string.IsNullOrEmpty(repoName) || !repoName.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException("a merged PullRequestEvent without repo.name \"owner/name\"");
        }

        var number = p.Number != 0 ? p.Number : p.EventNumber;
        var mergedAt = p.MergedAt ?? createdAt ?? throw new FormatException("a merged PullRequestEvent without pull_request.merged_at or created_at");
        var key = p.Id > 0 ? $"pr:{p.Id.ToString(CultureInfo.InvariantCulture)}"
            : repoId > 0 ? $"repo:{repoId.ToString(CultureInfo.InvariantCulture)}#{number.ToString(CultureInfo.InvariantCulture)}"
            : $"repo:{repoName.ToLowerInvariant()}#{number.ToString(CultureInfo.InvariantCulture)}";
        return new MergedPullRequest
        {
            Key = key,
            Repository = repoName,
            Number = number,
            MergedAt = mergedAt,
            Author = p.Author,
            MergedBy = p.MergedBy,
            Commits = p.Commits,
        };
    }

    private static (long Id, string? Name) ReadRepo(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return (0, null);
        }

        long id = 0;
        string? name = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Next(ref reader);
                id = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                Next(ref reader);
                name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }

        return (id, name);
    }

    private static Payload? ReadPayload(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        var payload = new Payload();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("action"u8))
            {
                Next(ref reader);
                payload.Closed = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("closed"u8);
            }
            else if (reader.ValueTextEquals("number"u8))
            {
                Next(ref reader);
                payload.EventNumber = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("pull_request"u8))
            {
                Next(ref reader);
                ReadPullRequest(ref reader, payload);
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }

        return payload;
    }

    private static void ReadPullRequest(ref Utf8JsonReader reader, Payload payload)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Next(ref reader);
                payload.Id = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("number"u8))
            {
                Next(ref reader);
                payload.Number = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("merged"u8))
            {
                Next(ref reader);
                payload.Merged = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("merged_at"u8))
            {
                Next(ref reader);
                payload.MergedAt = ReadTime(ref reader);
            }
            else if (reader.ValueTextEquals("commits"u8))
            {
                Next(ref reader);
                payload.Commits = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var commits) ? commits : 0;
            }
            else if (reader.ValueTextEquals("user"u8))
            {
                Next(ref reader);
                payload.Author = ReadActor(ref reader);
            }
            else if (reader.ValueTextEquals("merged_by"u8))
            {
                Next(ref reader);
                payload.MergedBy = ReadActor(ref reader);
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }
    }

    private static ContributionActor? ReadActor(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        long id = 0;
        string login = "";
        var bot = false;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Next(ref reader);
                id = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("login"u8))
            {
                Next(ref reader);
                login = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : "";
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                Next(ref reader);
                bot = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Bot"u8);
            }
            else
            {
                Next(ref reader);
                reader.Skip();
            }
        }

        return id > 0 ? new ContributionActor(id, login, bot) : null;
    }

    private static long ReadLong(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : 0;

    private static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        if (reader.TryGetDateTimeOffset(out var time))
        {
            return time.ToUniversalTime();
        }

        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw new FormatException($"\"{text}\" is not a time");
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new FormatException("the line ends inside the event");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (Next(ref reader) != type)
        {
            throw new FormatException($"{what} is not a JSON object");
        }
    }

    /// <summary>What the payload says, filled as its fields arrive (any order).</summary>
    private sealed class Payload
    {
        public bool Closed { get; set; }

        public bool Merged { get; set; }

        public long EventNumber { get; set; }

        public long Id { get; set; }

        public long Number { get; set; }

        public DateTimeOffset? MergedAt { get; set; }

        public int Commits { get; set; }

        public ContributionActor? Author { get; set; }

        public ContributionActor? MergedBy { get; set; }
    }
}
