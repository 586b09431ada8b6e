using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Elections.App.Ports.GitHub;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>
/// One finished search slice of the contribution harvest on disk (<c>CACHE/SHA256(query).json</c>), so a run
/// stopped by a rate limit or a network failure resumes where it stopped (issue 11 item 1: resumable).
/// Written atomically (temporary file, then rename); an unreadable entry is read again from GitHub.
/// </summary>
internal sealed class SliceCache(string directory, string query)
{
    private string? File => directory.Length == 0
        ? null
        : Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))) + ".json");

    public bool TryLoad(out IReadOnlyList<MergedPullRequest> pullRequests)
    {
        pullRequests = [];
        if (File is not { } file || !System.IO.File.Exists(file))
        {
            return false;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(System.IO.File.ReadAllText(file));
            if (entry is null || entry.Query != query)
            {
                return false;
            }

            pullRequests = entry.PullRequests.Select(p => new MergedPullRequest
            {
                Repository = RepositoryRef.TryParse(p.Repository, out var repo) ? repo : new RepositoryRef("", ""),
                Number = p.Number,
                Author = new ContributionActor { Id = p.AuthorId, Login = p.AuthorLogin, IsBot = p.AuthorBot },
                MergedBy = new ContributionActor { Id = p.MergerId, Login = p.MergerLogin, IsBot = p.MergerBot },
                Commits = p.Commits,
                CreatedAt = p.CreatedAt,
                MergedAt = p.MergedAt,
            }).ToList();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public void Save(IReadOnlyList<MergedPullRequest> pullRequests)
    {
        if (File is not { } file)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var entry = new Entry(query, pullRequests.Select(p => new Row(
            p.Repository.FullName, p.Number, p.Author.Id, p.Author.Login, p.Author.IsBot, p.MergedBy.Id, p.MergedBy.Login, p.MergedBy.IsBot, p.Commits, p.CreatedAt, p.MergedAt)).ToList());
        var temporary = file + ".tmp";
        System.IO.File.WriteAllText(temporary, JsonSerializer.Serialize(entry));
        System.IO.File.Move(temporary, file, overwrite: true);
    }

    private sealed record Entry(string Query, List<Row> PullRequests);

    private sealed record Row(
        string Repository, int Number, long AuthorId, string AuthorLogin, bool AuthorBot, long MergerId, string MergerLogin, bool MergerBot,
        int Commits, DateTimeOffset CreatedAt, DateTimeOffset MergedAt);
}
