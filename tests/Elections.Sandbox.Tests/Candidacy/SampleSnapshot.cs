using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Tests.Support;

namespace Elections.Sandbox.Tests.Candidacy;

/// <summary>The sample election's config and roll, without candidate files, as the default branch would give them.</summary>
internal static class SampleSnapshot
{
    public static ElectionSnapshot Read() => ElectionSnapshotReader.Read(new ElectionSources
    {
        Config = new SourceEntry { Path = ElectionLayout.ConfigPath, Kind = SourceEntryKind.Text, Text = SampleElection.Files[ElectionLayout.ConfigPath] },
        Roll = new SourceEntry { Path = ElectionLayout.RollPath, Kind = SourceEntryKind.Text, Text = SampleElection.Files[ElectionLayout.RollPath] },
    });

    public static ElectionConfig Config() => Read().TryGetConfig(out var config) ? config : throw new InvalidOperationException("the sample config does not read");
}
