using System.Text.Json;

namespace Elections.Sandbox.Tests.Contract;

/// <summary>
/// GitHub's official REST description (npm @octokit/openapi, pinned in tests/contract/package.json),
/// loaded once. Install it with <c>npm ci --prefix tests/contract</c>.
/// </summary>
public sealed class OpenApiSpec
{
    public const string RelativePath = "tests/contract/node_modules/@octokit/openapi/generated/api.github.com.json";

    private static readonly Lazy<OpenApiSpec?> Instance = new(Load);

    private OpenApiSpec(JsonDocument document) => Document = document;

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    public static string? FilePath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Elections.sln")))
                {
                    var path = Path.Combine(dir.FullName, RelativePath);
                    return File.Exists(path) ? path : null;
                }
            }

            return null;
        }
    }

    public static OpenApiSpec Current => Instance.Value ?? throw new InvalidOperationException($"{RelativePath} is missing: run npm ci --prefix tests/contract");

    /// <summary>The spec path template matching a concrete path (e.g. /repos/a/b/issues/3 → /repos/{owner}/{repo}/issues/{issue_number}).</summary>
    public bool TryMatchPath(string method, string path, out string template, out JsonElement operation)
    {
        // Exact segment counts first: a trailing multi-segment {ref} or {path} would otherwise swallow
        // longer routes (/commits/{ref} taking /commits/{ref}/check-runs).
        var segments = path.Trim('/').Split('/');
        foreach (var multiSegment in new[] { false, true })
        {
            foreach (var candidate in Root.GetProperty("paths").EnumerateObject())
            {
                if (candidate.Value.TryGetProperty(method.ToLowerInvariant(), out operation)
                    && Matches(candidate.Name.Trim('/').Split('/'), segments, multiSegment))
                {
                    template = candidate.Name;
                    return true;
                }
            }
        }

        template = "";
        operation = default;
        return false;
    }

    /// <summary>Follows a <c>$ref</c> (e.g. #/components/schemas/issue) to its target.</summary>
    public JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            var target = Root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            element = target;
        }

        return element;
    }

    /// <summary>The parameters of an operation, resolved.</summary>
    public IEnumerable<(string Name, string In, bool Required)> Parameters(JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters))
        {
            yield break;
        }

        foreach (var raw in parameters.EnumerateArray())
        {
            var p = Resolve(raw);
            yield return (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("required", out var r) && r.GetBoolean());
        }
    }

    /// <summary>The JSON schema of a response status, if it has one.</summary>
    public bool TryResponseSchema(JsonElement operation, int status, out JsonElement schema)
    {
        schema = default;
        var responses = operation.GetProperty("responses");
        if (!responses.TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) && !responses.TryGetProperty("default", out response))
        {
            return false;
        }

        response = Resolve(response);
        if (!response.TryGetProperty("content", out var content))
        {
            return false;
        }

        foreach (var media in content.EnumerateObject())
        {
            if (media.Name.Contains("json", StringComparison.Ordinal) && media.Value.TryGetProperty("schema", out schema))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasStatus(JsonElement operation, int status) =>
        operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _);

    private static bool Matches(string[] template, string[] segments, bool multiSegment)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (multiSegment && template[i] is "{path}" or "{ref}" && i == template.Length - 1) // multi-segment (x-multi-segment)
            {
                return segments.Length >= template.Length;
            }

            if (i >= segments.Length)
            {
                return false;
            }

            var isParameter = template[i].StartsWith('{') && template[i].EndsWith('}');
            if (!isParameter && template[i] != segments[i])
            {
                return false;
            }
        }

        return template.Length == segments.Length;
    }

    private static OpenApiSpec? Load()
    {
        var path = FilePath;
        return path is null ? null : new OpenApiSpec(JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 256 }));
    }
}

/// <summary>A test that needs GitHub's OpenAPI description; skipped, saying how to install it, when it is absent.</summary>
public sealed class ContractFactAttribute : FactAttribute
{
    public ContractFactAttribute()
    {
        if (OpenApiSpec.FilePath is null)
        {
            Skip = $"{OpenApiSpec.RelativePath} is not installed; run: npm ci --prefix tests/contract";
        }
    }
}
