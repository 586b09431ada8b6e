using System.Globalization;
using System.Text;

namespace Elections.Infrastructure.GitHub.Http;

/// <summary>When a failed call may be sent again.</summary>
public enum RetrySafety
{
    /// <summary>Idempotent (GET, PUT, PATCH, DELETE, and POSTs whose repeat is harmless): retry 5xx, timeouts, network faults and rate limits.</summary>
    Always,

    /// <summary>
    /// Not idempotent (POSTs that create something): retry only answers that prove the request was
    /// not processed (429, 403 rate limits, connection refused). A lost answer (5xx, timeout) is left
    /// to the caller, which reconciles before trying again.
    /// </summary>
    RejectedOnly,
}

/// <summary>
/// One REST operation the client calls: method and path template exactly as in GitHub's OpenAPI
/// description (the contract tests check each against @octokit/openapi).
/// </summary>
public sealed record GitHubRoute(string Method, string Template, RetrySafety Retry, IReadOnlyList<string> QueryParameters)
{
    /// <summary>Creates a route with no query parameters.</summary>
    public GitHubRoute(string method, string template, RetrySafety retry = RetrySafety.Always)
        : this(method, template, retry, [])
    {
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod HttpMethod => HttpMethod.Parse(Method);

    /// <summary>The path parameter names, in order.</summary>
    public IReadOnlyList<string> PathParameters { get; } = ParseParameters(Template);

    /// <summary>
    /// Fills the template with <paramref name="values"/> in order, escaping each; <c>{path}</c> and <c>{ref}</c>
    /// keep their slashes (multi-segment in the OpenAPI description, e.g. <c>heads/main</c>).
    /// Returns a path relative to the base URL (no leading slash).
    /// </summary>
    public string Expand(params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != PathParameters.Count)
        {
            throw new ArgumentException($"{Template} needs {PathParameters.Count} values, got {values.Length}", nameof(values));
        }

        var builder = new StringBuilder(Template.Length + 32);
        var index = 0;
        var position = 0;
        while (position < Template.Length)
        {
            var open = Template.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(Template, position, Template.Length - position);
                break;
            }

            builder.Append(Template, position, open - position);
            var close = Template.IndexOf('}', open);
            var name = Template[(open + 1)..close];
            var text = Convert.ToString(values[index++], CultureInfo.InvariantCulture) ?? "";
            if (text.Length == 0)
            {
                throw new ArgumentException($"{Template}: {{{name}}} is empty", nameof(values));
            }

            builder.Append(name is "path" or "ref"
                ? string.Join('/', text.Split('/').Select(Uri.EscapeDataString))
                : Uri.EscapeDataString(text));
            position = close + 1;
        }

        return builder.ToString().TrimStart('/');
    }

    /// <summary>
    /// True when <paramref name="method"/> and <paramref name="path"/> (absolute path, unescaped or not)
    /// are a call of this route; a trailing <c>{path}</c> or <c>{ref}</c> matches the rest of the path.
    /// </summary>
    public bool Matches(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = Template.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is "{path}" or "{ref}" && i == expected.Length - 1)
            {
                return actual.Length > i; // multi-segment: a path, or a ref such as heads/main
            }

            if (i >= actual.Length || (expected[i][0] != '{' && !string.Equals(expected[i], actual[i], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return actual.Length == expected.Length;
    }

    /// <summary>The path relative to the API base (no leading slash), for Octokit's generic calls.</summary>
    public Uri RelativeUri(params object[] values) => new(Expand(values), UriKind.Relative);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Template}";

    private static List<string> ParseParameters(string template)
    {
        var names = new List<string>();
        var position = 0;
        while ((position = template.IndexOf('{', position)) >= 0)
        {
            var close = template.IndexOf('}', position);
            names.Add(template[(position + 1)..close]);
            position = close + 1;
        }

        return names;
    }
}
