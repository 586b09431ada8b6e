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

    /// <summary>True when an earlier run found this slice too big and split it in halves.</summary>
    public bool WasSplit => TryRead(out var entry) && entry.Split;

    public bool TryLoad(out IReadOnlyList<MergedPullRequest> pullRequests)
    {
        pullRequests = [];
        if (!TryRead(out var entry) || entry.Split)
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

    public void Save(IReadOnlyList<MergedPullRequest> pullRequests) =>
        Write(new Entry(query, false, pullRequests.Select(p => new Row(
            p.Repository.FullName, p.Number, p.Author.Id, p.Author.Login, p.Author.IsBot, p.MergedBy.Id, p.MergedBy.Login, p.MergedBy.IsBot, p.Commits, p.CreatedAt, p.MergedAt)).ToList()));

    public void SaveSplit() => Write(new Entry(query, true, []));

    private bool TryRead(out Entry entry)
    {
        entry = null!;
        if (File is not { } file || !System.IO.File.Exists(file))
        {
            return false;
        }

        try
        {
            var read = JsonSerializer.Deserialize<Entry>(System.IO.File.ReadAllText(file));
            if (read is null || read.Query != query)
            {
                return false;
            }

            entry = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Write(Entry entry)
    {
        if (File is not { } file)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var temporary = file + ".tmp";
        System.IO.File.WriteAllText(temporary, JsonSerializer.Serialize(entry));
        System.IO.File.Move(temporary, file, overwrite: true);
    }

    private sealed record Entry(string Query, bool Split, List<Row> PullRequests);

    private sealed record Row(
        string Repository, int Number, long AuthorId, string AuthorLogin, bool AuthorBot, long MergerId, string MergerLogin, bool MergerBot,
        int Commits, DateTimeOffset CreatedAt, DateTimeOffset MergedAt);
}
