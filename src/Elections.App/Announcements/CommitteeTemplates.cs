using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;

namespace Elections.App.Announcements;

/// <summary>
/// The committee's own templates for one announcement, read from the election repository on GitHub: the
/// announcement's folder under <c>templates/announcements/</c> and the shared <c>_</c> folders (layout, parts, mail
/// greeting and footer), so a host without a checkout renders what the committee wrote (<see cref="IAnnouncementRenderer.WithTemplates"/>).
/// </summary>
public static class CommitteeTemplates
{
    /// <summary>Templates larger than this are left to the built-in copy.</summary>
    public const long MaxTemplateBytes = 256 * 1024;

    /// <summary>Repository path → text of every template file the announcement <paramref name="name"/> may use; empty when the repository has none.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IGitHub gitHub, RepositoryRef repository, string gitRef, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gitHub);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = await gitHub.Contents.ListDirectoryAsync(repository, ElectionLayout.AnnouncementTemplatesFolder, gitRef, cancellationToken).ConfigureAwait(false);
        var folders = (root.Value ?? []).Where(e => e.Type == RepositoryEntryType.Directory && e.Path[(e.Path.LastIndexOf('/') + 1)..] is var folder && (folder == name || folder.StartsWith('_')));
        foreach (var folder in folders)
        {
            var entries = await gitHub.Contents.ListDirectoryAsync(repository, folder.Path, gitRef, cancellationToken).ConfigureAwait(false);
            foreach (var entry in (entries.Value ?? []).Where(e => e.Type == RepositoryEntryType.File && e.Size <= MaxTemplateBytes))
            {
                if ((await gitHub.Contents.GetFileAsync(repository, entry.Path, gitRef, cancellationToken).ConfigureAwait(false)).Value is { } file)
                {
                    files[entry.Path] = Encoding.UTF8.GetString(file.Content.Span);
                }
            }
        }

        return files;
    }
}
