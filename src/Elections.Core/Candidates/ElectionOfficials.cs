using Elections.Core.Configuration;
using Elections.Core.Snapshots;

namespace Elections.Core.Candidates;

/// <summary>
/// The people running the election (the election committee), who may vote but cannot be
/// candidates (nixos-anchor §3.2: "EC members cannot be candidates"). Built from the election
/// config by the caller.
/// </summary>
/// <param name="Ids">Their numeric GitHub ids.</param>
/// <param name="Logins">Their GitHub logins (compared ignoring case).</param>
/// <param name="Source">Where the list comes from, for messages, e.g. <c>config/election.yml officials</c>.</param>
public sealed record ElectionOfficials(IReadOnlyCollection<long> Ids, IReadOnlyCollection<string> Logins, string Source)
{
    /// <summary>No officials (e.g. when checking candidate files on their own).</summary>
    public static ElectionOfficials None { get; } = new([], [], "the election config");

    /// <summary>The officials listed in <paramref name="config"/>.</summary>
    public static ElectionOfficials Of(ElectionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new ElectionOfficials(
            [.. config.Officials.Select(official => official.Id)],
            [.. config.Officials.Select(official => official.Login)],
            $"{ElectionLayout.ConfigPath} officials");
    }

    /// <summary>True when the id or the login belongs to an official.</summary>
    public bool Includes(long? id, string login) =>
        (id is { } known && Ids.Contains(known))
        || (login.Length > 0 && Logins.Any(l => string.Equals(l, login, StringComparison.OrdinalIgnoreCase)));
}
