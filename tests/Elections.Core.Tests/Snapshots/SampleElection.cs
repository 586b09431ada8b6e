using Elections.Core.Snapshots;
using Elections.Core.Tests.Configuration;

namespace Elections.Core.Tests.Snapshots;

/// <summary>The repository's sample election (config, roll, candidates) as texts, the way an adapter hands them over.</summary>
internal static class SampleElection
{
    public static string RollText => File.ReadAllText(Path.Combine(SampleConfig.RepositoryRoot, ElectionLayout.RollPath));

    public static IReadOnlyList<SourceEntry> Candidates =>
    [
        .. Directory.EnumerateFiles(Path.Combine(SampleConfig.RepositoryRoot, ElectionLayout.CandidatesFolder))
            .Select(path => SourceEntry.OfText(ElectionLayout.CandidatePath(Path.GetFileName(path)), File.ReadAllText(path))),
    ];

    public static ElectionSources Sources => new()
    {
        Config = SourceEntry.OfText(ElectionLayout.ConfigPath, SampleConfig.Text),
        Roll = SourceEntry.OfText(ElectionLayout.RollPath, RollText),
        Candidates = Candidates,
    };
}
