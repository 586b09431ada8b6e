using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Sandbox.State;
using Microsoft.AspNetCore.Http;

namespace Elections.Sandbox.Rest;

/// <summary>Small helpers for the endpoints: JSON answers, bodies, pagination.</summary>
internal static class Http
{
    public static IResult Json(JsonNode node, int status = 200) =>
        Results.Text(node.ToJsonString(), "application/json; charset=utf-8", statusCode: status);

    public static async Task<JsonObject> BodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body).ConfigureAwait(false) as JsonObject
                ?? throw new SandboxApiException(400, "Problems parsing JSON");
        }
        catch (JsonException)
        {
            throw new SandboxApiException(400, "Problems parsing JSON");
        }
    }

    /// <summary>The names of POST .../issues/{n}/labels: GitHub takes <c>{"labels": [...]}</c> or a bare array (what Octokit sends).</summary>
    public static async Task<List<string>> LabelNamesAsync(HttpRequest request)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw new SandboxApiException(400, "Problems parsing JSON");
        }

        return node switch
        {
            JsonArray array => [.. array.Select(n => n?.GetValue<string>() ?? "")],
            JsonObject body => body.Strings("labels"),
            _ => throw new SandboxApiException(400, "Problems parsing JSON"),
        };
    }

    public static string? Text(this JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A required text field; 422 naming the field when it is missing or empty (the admin API's answer to a bad request).</summary>
    public static string Required(this JsonObject body, string name) =>
        body.Text(name) is { Length: > 0 } text ? text : throw new SandboxApiException(422, $"'{name}' is required: send it as a JSON string (docs/sandbox.md)", "missing_field", name, "Sandbox");

    public static List<string> Strings(this JsonObject body, string name) =>
        body[name] is JsonArray array ? [.. array.Select(n => n?.GetValue<string>() ?? "")] : [];

    public static Dictionary<string, string?> Changes(this JsonObject body, string name = "files") =>
        body[name] is JsonObject files ? files.ToDictionary(f => f.Key, f => f.Value?.GetValue<string>()) : [];

    public static DateTimeOffset? Since(HttpRequest request) =>
        DateTimeOffset.TryParse(request.Query["since"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ? since : null;

    /// <summary>Serves one page (per_page ≤ 100, default 30) with a GitHub-style Link header.</summary>
    public static IResult Page(HttpContext context, JsonArray all) => Json(Slice(context, all));

    /// <summary>The requested page of <paramref name="all"/>; sets the Link header.</summary>
    public static JsonArray Slice(HttpContext context, JsonArray all)
    {
        var query = context.Request.Query;
        var perPage = Math.Clamp(int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var pp) ? pp : 30, 1, 100);
        var page = Math.Max(1, int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1);
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var items = new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(n => n?.DeepClone())]);
        var links = new List<string>();
        string Url(int n)
        {
            var pairs = query.Where(kv => kv.Key != "page").Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value.ToString())}").Append($"page={n}");
            return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}?{string.Join('&', pairs)}";
        }

        if (page < last)
        {
            links.Add($"<{Url(page + 1)}>; rel=\"next\"");
            links.Add($"<{Url(last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{Url(1)}>; rel=\"first\"");
            links.Add($"<{Url(page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return items;
    }

    public static int Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw SandboxApiException.NotFound();

    public static long Long(string text) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw SandboxApiException.NotFound();
}
