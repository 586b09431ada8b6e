namespace Elections.Infrastructure.GitHub.Http;

/// <summary>Parses GitHub's pagination Link header: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="last"</c>.</summary>
public static class LinkHeader
{
    /// <summary>The rel="next" URL, or null when this is the last page.</summary>
    public static Uri? Next(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        foreach (var part in header.Split(','))
        {
            var pieces = part.Split(';');
            var target = pieces[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
            {
                continue;
            }

            var isNext = pieces.Skip(1).Any(p => p.Trim().Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next");
            if (isNext && Uri.TryCreate(target[1..^1], UriKind.Absolute, out var uri))
            {
                return uri;
            }
        }

        return null;
    }
}
