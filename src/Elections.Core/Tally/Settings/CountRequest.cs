using Elections.Core.Ballots.Formats;
using Elections.Core.Tally.PostCount;
using Elections.Core.Validation;

namespace Elections.Core.Tally.Settings;

/// <summary>
/// What a count was asked: the settings requested (null when not given), the election, the ballot file.
/// Core stays neutral about hosts: a host says how a person gives each setting (<see cref="RequestNames"/>,
/// e.g. the command line's <c>--seats</c>), so overrides and notes name what the person typed.
/// </summary>
public sealed record CountRequest
{
    /// <summary>The ballot file as read.</summary>
    public required BallotFile Ballots { get; init; }

    /// <summary>The ballot file's path as the user gave it.</summary>
    public required string BallotPath { get; init; }

    /// <summary>What the election's repository says, when <c>--election</c> was given.</summary>
    public ElectionCountRules? Election { get; init; }

    /// <summary>The requested method (<see cref="SettingKeys.Method"/>).</summary>
    public string? Method { get; init; }

    /// <summary>The requested seats (<see cref="SettingKeys.Seats"/>).</summary>
    public int? Seats { get; init; }

    /// <summary>The requested quota (<see cref="SettingKeys.Quota"/>).</summary>
    public QuotaKind? Quota { get; init; }

    /// <summary>The requested unranked (<see cref="SettingKeys.Unranked"/>).</summary>
    public UnrankedPolicy? Unranked { get; init; }

    /// <summary>The requested long terms (<see cref="SettingKeys.LongTerms"/>).</summary>
    public int? LongTerms { get; init; }

    /// <summary>Conflict groups given as a file, with the file's path; null when not given.</summary>
    public (string Path, IReadOnlyList<ConflictGroup> Groups)? Conflicts { get; init; }

    /// <summary>How the host lets a person give each setting, by <see cref="SettingKeys"/> key (<c>counting.seats</c> → <c>--seats</c>); a key not listed is "the requested seats".</summary>
    public IReadOnlyDictionary<string, string> RequestNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How the person gave <paramref name="key"/>, for the setting called <paramref name="name"/>.</summary>
    public string NameOf(string key, string name) => RequestNames.TryGetValue(key, out var given) ? given : $"the requested {name}";
}
