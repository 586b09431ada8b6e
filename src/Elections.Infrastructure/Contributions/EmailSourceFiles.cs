using System.Text.Json;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Core.Voters.Generation;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Contributions;

/// <summary>
/// The e-mail sources of <c>eligibility.email_sources</c> in their order: the file-based ones, a previous election's roll
/// (<c>previous_roll</c>) and a maintainers file (<c>maintainers</c>: JSON, either Nixpkgs'
/// <c>maintainer-list.nix</c> evaluated to JSON, <c>{"handle": {"email": …, "githubId": …}}</c>, or a list of
/// <c>{"email": …, "githubId"|"github_id"|"id": …}</c>), and those read from GitHub beforehand (<c>profile</c>,
/// <c>commits</c>). Returns the candidates for an id in the configured order.
/// </summary>
public static class EmailSourceFiles
{
    /// <summary>
    /// Loads the configured files from <paramref name="repository"/> (a missing or unreadable file is bad input) and offers
    /// them, with the addresses already read from GitHub (<paramref name="fromGitHub"/>: source → id → addresses), in the
    /// configured order.
    /// </summary>
    public static Func<long, IEnumerable<EmailCandidate>> Load(
        string repository,
        EmailSources sources,
        IReadOnlyDictionary<string, IReadOnlyDictionary<long, IReadOnlyList<string>>>? fromGitHub = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(sources);
        var bySource = new Dictionary<string, Func<long, IEnumerable<string>>>(StringComparer.Ordinal);
        foreach (var source in sources.Order)
        {
            switch (source)
            {
                case "previous_roll" when sources.PreviousRoll.Length > 0:
                    bySource[source] = Offer(PreviousRoll(repository, sources.PreviousRoll));
                    break;
                case "maintainers" when sources.Maintainers.Length > 0:
                    bySource[source] = Offer(Maintainers(repository, sources.Maintainers));
                    break;
                default:
                    if (fromGitHub is not null && fromGitHub.TryGetValue(source, out var read))
                    {
                        bySource[source] = id => read.TryGetValue(id, out var addresses) ? addresses : [];
                    }

                    break;
            }
        }

        return id => sources.Order
            .Where(bySource.ContainsKey)
            .SelectMany(source => bySource[source](id).Select(address => new EmailCandidate(source, address)));
    }

    private static Func<long, IEnumerable<string>> Offer(Dictionary<long, string> addresses) =>
        id => addresses.TryGetValue(id, out var address) ? [address] : [];

    private static Dictionary<long, string> PreviousRoll(string repository, string path)
    {
        var text = InputFile.ReadRepositoryText(repository, path, ElectionLayout.MaxRollBytes, "fix eligibility.email_sources.previous_roll");
        var parsed = VoterRollParser.Parse(path, text);
        if (parsed.Problems.Count > 0)
        {
            throw new InvalidInputException(parsed.Problems);
        }

        var map = new Dictionary<long, string>();
        foreach (var voter in parsed.Roll.Voters.Where(v => v.Id.HasValue && v.HasEmail && v.Status != VoterStatus.Bounced))
        {
            map.TryAdd(voter.Id!.Value, voter.Email);
        }

        return map;
    }

    private static Dictionary<long, string> Maintainers(string repository, string path)
    {
        var text = InputFile.ReadRepositoryText(repository, path, ElectionLayout.MaxRollBytes, "fix eligibility.email_sources.maintainers");
        var map = new Dictionary<long, string>();
        try
        {
            using var document = JsonDocument.Parse(text);
            var entries = document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => document.RootElement.EnumerateObject().Select(p => p.Value).ToList(),
                JsonValueKind.Array => document.RootElement.EnumerateArray().ToList(),
                _ => throw new InvalidInputException(new Problem(path, 1, "", "a maintainers file is a JSON object of entries or a JSON list of entries")),
            };
            foreach (var entry in entries.Where(e => e.ValueKind == JsonValueKind.Object))
            {
                if (TryId(entry, out var id) && entry.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String)
                {
                    map.TryAdd(id, email.GetString()!);
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(new Problem(path, checked((int)(e.LineNumber ?? 0) + 1), "", $"not JSON ({e.Message}); evaluate maintainer-list.nix with `nix-instantiate --eval --strict --json`"));
        }

        return map;
    }

    private static bool TryId(JsonElement entry, out long id)
    {
        foreach (var name in new[] { "githubId", "github_id", "id" })
        {
            if (entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out id) && id > 0)
            {
                return true;
            }
        }

        id = 0;
        return false;
    }
}
