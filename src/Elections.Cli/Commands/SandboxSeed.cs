using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Voters;
using Elections.Sandbox.State;

namespace Elections.Cli.Commands;

/// <summary>What <see cref="SandboxSeed.Apply"/> created.</summary>
internal sealed record SandboxSeedSummary(string Repository, int Users, int Files, IReadOnlyList<string> SkippedFiles, string GovernanceRepository);

/// <summary>
/// Seeds the Sandbox from an election folder: the organization in config/election.yml, a user for every
/// official (an organization admin) and every roll entry with an id and login, the voters team, the
/// configured labels, and the repository (config's <c>repository</c>) with the folder's text files
/// committed on <c>main</c>. Hidden entries and bin/, obj/, node_modules/ are left out, and so are
/// files that are not UTF-8 text or larger than 1 MB (listed as skipped). When <c>results.governance_file</c> names
/// another repository, that repository is created too, holding the governance file as
/// <c>rehearsals/governance/PATH</c> of the folder gives it (an empty list when absent), so the write-back can be tried.
/// </summary>
internal static class SandboxSeed
{
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    public static SandboxSeedSummary Apply(SandboxState state, string folder, ElectionConfig config, VoterRoll roll)
    {
        var org = config.Organization;
        state.AddOrganization(org);
        var logins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var official in config.Officials.Where(o => logins.Add(o.Login)))
        {
            state.AddUser(official.Login, id: official.Id);
            state.SeedMember(org, official.Login, "admin");
        }

        foreach (var voter in roll.Voters.Where(v => v.Id is not null && v.Login.Length > 0 && logins.Add(v.Login)))
        {
            state.AddUser(voter.Login, voter.Login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User", id: voter.Id);
        }

        state.AddTeam(org, config.VotersTeam, config.VotersTeam);
        var name = config.Repository.Length > 0 ? config.Repository : new DirectoryInfo(folder).Name;
        var (files, skipped) = ReadFiles(folder);
        state.AddRepository(org, name, files);
        foreach (var label in config.Labels.All.Select(l => l.Value).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            state.CreateLabel(org, name, label, null, null);
        }

        return new SandboxSeedSummary($"{org}/{name}", logins.Count, files.Count, skipped, SeedGovernance(state, folder, config, org, name));
    }

    /// <summary>The folder holding what the emulated governance repository starts with, by the governance file's path.</summary>
    public const string GovernanceSeedFolder = "rehearsals/governance";

    private static string SeedGovernance(SandboxState state, string folder, ElectionConfig config, string org, string name)
    {
        if (config.Results.GovernanceFile is not { } file || !RepositoryRef.TryParse(file.Repository, out var repository)
            || (repository.Owner.Equals(org, StringComparison.OrdinalIgnoreCase) && repository.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return "";
        }

        var seed = Path.Combine(folder, GovernanceSeedFolder, file.Path);
        if (!repository.Owner.Equals(org, StringComparison.OrdinalIgnoreCase))
        {
            state.AddOrganization(repository.Owner);
        }

        state.AddRepository(repository.Owner, repository.Name, new Dictionary<string, string>(StringComparer.Ordinal) { [file.Path] = File.Exists(seed) ? File.ReadAllText(seed) : "[]\n" });
        return repository.FullName;
    }

    private static (Dictionary<string, string> Files, List<string> Skipped) ReadFiles(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var file in Walk(new DirectoryInfo(folder)))
        {
            var path = Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (file.Length > MaxFileBytes)
            {
                skipped.Add(path);
                continue;
            }

            try
            {
                files[path] = strict.GetString(File.ReadAllBytes(file.FullName));
            }
            catch (DecoderFallbackException)
            {
                skipped.Add(path);
            }
        }

        return (files, skipped);
    }

    private static IEnumerable<FileInfo> Walk(DirectoryInfo directory)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is FileInfo file)
            {
                yield return file;
            }
            else if (entry is DirectoryInfo child && !SkippedFolders.Contains(child.Name) && !child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                foreach (var nested in Walk(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
