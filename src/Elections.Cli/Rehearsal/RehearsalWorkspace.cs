using System.Globalization;
using Elections.Cli.Commands;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// The rehearsal's copy of the election: config/, voters.json (plus <c>--voters N</c> generated voters), the
/// announcement templates and the governance repository's seed (rehearsals/governance/), without candidates/ (the rehearsal nominates its own). The Sandbox is seeded from it, the
/// mailouts and the count read it.
/// </summary>
internal sealed class RehearsalWorkspace
{
    private RehearsalWorkspace(string folder, ElectionConfig config, ElectionSnapshot snapshot)
    {
        Folder = folder;
        Config = config;
        Snapshot = snapshot;
    }

    public string Folder { get; }

    public ElectionConfig Config { get; private set; }

    public ElectionSnapshot Snapshot { get; private set; }

    /// <summary>Copies the election from <paramref name="source"/> into <paramref name="folder"/>, adding <paramref name="generated"/> voters.</summary>
    public static RehearsalWorkspace Create(string source, string folder, int generated)
    {
        Directory.CreateDirectory(Path.Combine(folder, ElectionLayout.CandidatesFolder));
        Copy(Path.Combine(source, "config"), Path.Combine(folder, "config"));
        Copy(Path.Combine(source, "templates", "announcements"), Path.Combine(folder, "templates", "announcements"));
        Copy(Path.Combine(source, SandboxSeed.GovernanceSeedFolder), Path.Combine(folder, SandboxSeed.GovernanceSeedFolder));
        var roll = ElectionFolder.Load(source).Roll;
        var voters = roll.Voters.ToList();
        var nextId = voters.Select(v => v.Id ?? 0).DefaultIfEmpty(0).Max() + 1;
        for (var i = 1; i <= generated; i++)
        {
            var login = string.Create(CultureInfo.InvariantCulture, $"voter-{i:D5}");
            voters.Add(new Voter { Id = nextId + i, Login = login, Email = $"{login}@rehearsal.example", Source = VoterSource.Automatic, Status = VoterStatus.Active });
        }

        File.WriteAllText(Path.Combine(folder, ElectionLayout.RollPath), VoterRollWriter.Write(voters, roll.Audit));
        var workspace = new RehearsalWorkspace(folder, null!, null!);
        workspace.Reload();
        return workspace;
    }

    /// <summary>Reads the folder again (after the candidate files of the finalised list were written into it).</summary>
    public void Reload()
    {
        var snapshot = ElectionFolder.Load(Folder);
        Config = snapshot.TryGetConfig(out var config) ? config : throw new InvalidInputException(snapshot.Problems);
        Snapshot = snapshot;
    }

    private static void Copy(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
