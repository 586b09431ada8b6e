using System.Reflection;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Announcements;

/// <summary>
/// Finds announcement templates: the committee's own <c>templates/announcements/…</c> in the election repository (a
/// checkout in <paramref name="electionFolder"/>, or the texts in <paramref name="committee"/> read from GitHub) wins
/// over the built-in copy of the same path (embedded from this repository's <c>templates/</c>).
/// </summary>
internal sealed class TemplateFiles(string? electionFolder, IReadOnlyDictionary<string, string>? committee = null)
{
    public const string Root = Elections.Core.Snapshots.ElectionLayout.AnnouncementTemplatesFolder;
    private const long MaxTemplateBytes = 256 * 1024;
    private static readonly Assembly Resources = typeof(TemplateFiles).Assembly;

    /// <summary>The announcement names with a built-in or committee body template, sorted.</summary>
    public IReadOnlyList<string> Names()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in Resources.GetManifestResourceNames())
        {
            if (resource.StartsWith(Root + "/", StringComparison.Ordinal) && resource.EndsWith("/body.sbn", StringComparison.Ordinal))
            {
                names.Add(resource[(Root.Length + 1)..^"/body.sbn".Length]);
            }
        }

        if (electionFolder is not null && Directory.Exists(Path.Combine(electionFolder, Root)))
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.Combine(electionFolder, Root)))
            {
                if (File.Exists(Path.Combine(folder, "body.sbn")))
                {
                    names.Add(Path.GetFileName(folder));
                }
            }
        }

        foreach (var path in (committee ?? new Dictionary<string, string>()).Keys.Where(p => p.StartsWith(Root + "/", StringComparison.Ordinal) && p.EndsWith("/body.sbn", StringComparison.Ordinal)))
        {
            names.Add(path[(Root.Length + 1)..^"/body.sbn".Length]);
        }

        return [.. names.Where(name => !name.StartsWith('_') && !name.Contains('/', StringComparison.Ordinal))];
    }

    /// <summary>The text of <c>templates/announcements/<paramref name="relative"/></c>; false when neither copy exists.</summary>
    public bool TryRead(string relative, out string path, out string text)
    {
        path = $"{Root}/{relative}";
        if (electionFolder is not null && File.Exists(Path.Combine(electionFolder, path)))
        {
            text = InputFile.ReadRepositoryText(electionFolder, path, MaxTemplateBytes);
            return true;
        }

        if (committee is not null && committee.TryGetValue(path, out var fromGitHub))
        {
            text = fromGitHub;
            return true;
        }

        using var stream = Resources.GetManifestResourceStream(path);
        if (stream is null)
        {
            text = "";
            return false;
        }

        using var reader = new StreamReader(stream);
        text = reader.ReadToEnd();
        return true;
    }
}
