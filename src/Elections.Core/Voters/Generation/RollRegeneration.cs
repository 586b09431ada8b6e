namespace Elections.Core.Voters.Generation;

/// <summary>
/// Regenerates the roll without silently overriding it (issue 11 item 2): the eligible contributors are
/// merged into the existing roll. Exceptions, waivers (<c>waived</c>), and the <c>bounced</c>,
/// <c>access-revoked</c> and <c>account-deleted</c> records are kept whatever the contributions say;
/// existing addresses (e-mail choices) and their <c>email_source</c> are kept; logins follow the most
/// recent one seen. Automatic voters who are no longer eligible are removed, and every difference is reported.
/// New voters, and eligible voters still without an address, get one from <see cref="EmailResolution"/>.
/// </summary>
public static class RollRegeneration
{
    /// <summary>
    /// The eligible contributors <see cref="Regenerate"/> will look up an address for: those not on <paramref name="existing"/>
    /// and those on it still without one (<c>no-email</c>). Sources that cost a call per person are asked for these only.
    /// </summary>
    public static IReadOnlyList<Contributor> NeedingAddress(IReadOnlyList<Voter> existing, IEnumerable<Contributor> eligible)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(eligible);
        var onRoll = existing.Where(v => v.Id.HasValue).ToDictionary(v => v.Id!.Value, v => v.Status);
        return [.. eligible.Where(c => !onRoll.TryGetValue(c.Id, out var status) || status == VoterStatus.NoEmail).OrderBy(c => c.Id)];
    }

    /// <summary>Merges <paramref name="eligible"/> into <paramref name="existing"/>.</summary>
    /// <param name="existing">The roll on disk (empty when there is none).</param>
    /// <param name="eligible">The eligible contributors.</param>
    /// <param name="candidates">The addresses offered for an id, in the configured source order.</param>
    /// <param name="suppressed">Addresses that must never be set (ignoring case); bounced addresses are added.</param>
    public static RegeneratedRoll Regenerate(
        IReadOnlyList<Voter> existing,
        IEnumerable<Contributor> eligible,
        Func<long, IEnumerable<EmailCandidate>> candidates,
        IEnumerable<string> suppressed)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(suppressed);
        var byId = eligible.ToDictionary(c => c.Id);
        var taken = new HashSet<string>(existing.Where(v => v.HasEmail).Select(v => v.Email), StringComparer.OrdinalIgnoreCase);
        var blocked = new HashSet<string>(suppressed, StringComparer.OrdinalIgnoreCase);
        blocked.UnionWith(existing.Where(v => v.Status == VoterStatus.Bounced && v.HasEmail).Select(v => v.Email));
        var voters = new List<Voter>();
        var changes = new List<RollChange>();
        var seen = new HashSet<long>();
        foreach (var voter in existing)
        {
            if (voter.Id is not { } id)
            {
                voters.Add(voter);
                continue;
            }

            seen.Add(id);
            byId.TryGetValue(id, out var contributor);
            if (contributor is null && voter.Source.Kind == VoterSourceKind.Automatic && voter.Status is VoterStatus.Active or VoterStatus.NoEmail)
            {
                changes.Add(new RollChange(RollDiffKind.Removed, voter, "no longer eligible by contributions in the window"));
                continue;
            }

            var updated = voter;
            var details = new List<string>();
            if (contributor is not null && contributor.Login.Length > 0 && !string.Equals(contributor.Login, voter.Login, StringComparison.Ordinal))
            {
                details.Add(voter.Login.Length == 0 ? $"login set to {contributor.Login}" : $"login {voter.Login} → {contributor.Login}");
                updated = updated with { Login = contributor.Login };
            }

            if (voter.Status == VoterStatus.NoEmail && EmailResolution.Pick(candidates(id), taken, blocked) is { } found)
            {
                taken.Add(found.Address);
                details.Add($"e-mail found ({found.Source})");
                updated = updated with { Email = found.Address, EmailSource = found.Source, Status = VoterStatus.Active };
            }

            if (details.Count > 0)
            {
                changes.Add(new RollChange(RollDiffKind.Changed, updated, string.Join("; ", details)));
            }

            voters.Add(updated);
        }

        foreach (var contributor in byId.Values.Where(c => !seen.Contains(c.Id)).OrderBy(c => c.Id))
        {
            var voter = new Voter { Id = contributor.Id, Login = contributor.Login, Source = VoterSource.Automatic, Status = VoterStatus.NoEmail };
            if (EmailResolution.Pick(candidates(contributor.Id), taken, blocked) is { } found)
            {
                taken.Add(found.Address);
                voter = voter with { Email = found.Address, EmailSource = found.Source, Status = VoterStatus.Active };
            }

            voters.Add(voter);
            changes.Add(new RollChange(
                RollDiffKind.Added,
                voter,
                $"{contributor.Commits} commit(s) in merged pull requests, {contributor.Merges} merge(s); {(voter.HasEmail ? $"e-mail from {voter.EmailSource}" : "no e-mail found")}"));
        }

        var sorted = voters.Where(v => v.Id.HasValue).OrderBy(v => v.Id).Concat(voters.Where(v => !v.Id.HasValue)).Select(v => v with { Line = 0 }).ToList();
        return new RegeneratedRoll(sorted, changes.OrderBy(c => c.Voter.Id ?? long.MaxValue).ThenBy(c => c.Kind).ToList());
    }
}
