using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Elections.Infrastructure.Announcements;

/// <summary>
/// Posts an announcement as a new Discourse topic through its API (<c>POST /posts.json</c> with the <c>Api-Key</c> and
/// <c>Api-Username</c> headers); returns the topic's URL. A refusal is an <see cref="HttpRequestException"/> with the
/// status code and Discourse's reason.
/// </summary>
public sealed class DiscourseClient(HttpClient http, Uri baseUrl, string apiKey, string apiUsername)
{
    public async Task<Uri> PostTopicAsync(string title, string markdown, int category, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "posts.json"))
        {
            Content = JsonContent.Create(new NewTopic(title, markdown, category == 0 ? null : category)),
        };
        request.Headers.Add("Api-Key", apiKey);
        request.Headers.Add("Api-Username", apiUsername);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"Discourse refused the post: {(int)response.StatusCode} {Reason(body)}", null, response.StatusCode);
        }

        var created = await response.Content.ReadFromJsonAsync<CreatedPost>(cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException("Discourse answered without the created post");
        return new Uri(baseUrl, $"t/{created.TopicSlug}/{created.TopicId}");
    }

    /// <summary>Discourse's own words (<c>{"errors": [...]}</c>), else the start of the answer.</summary>
    private static string Reason(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return string.Join("; ", errors.EnumerateArray().Select(e => e.ToString()));
            }
        }
        catch (JsonException)
        {
            // Not JSON: a proxy's page, say.
        }

        return body[..Math.Min(body.Length, 300)];
    }

    private sealed record NewTopic(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("raw")] string Raw,
        [property: JsonPropertyName("category"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Category);

    private sealed record CreatedPost(
        [property: JsonPropertyName("topic_id")] long TopicId,
        [property: JsonPropertyName("topic_slug")] string TopicSlug);
}
