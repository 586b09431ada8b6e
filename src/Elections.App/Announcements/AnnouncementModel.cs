namespace Elections.App.Announcements;

/// <summary>
/// What every announcement template sees (templates/README.md lists it): the election, its timeline in AoE and
/// UTC, counts, candidates and links. Per-recipient fields come separately (<see cref="RecipientView"/>).
/// </summary>
public sealed record AnnouncementModel
{
    public required ElectionView Election { get; init; }

    /// <summary>Every timeline point in configuration order.</summary>
    public required IReadOnlyList<DeadlineView> Timeline { get; init; }

    public required CountsView Counts { get; init; }

    /// <summary>Nominees whose candidate form is complete, by login.</summary>
    public required IReadOnlyList<CandidateView> Candidates { get; init; }

    /// <summary>Every nominee (one candidate file each), by login.</summary>
    public required IReadOnlyList<CandidateView> Nominees { get; init; }

    /// <summary>The elected, in the final order (the <c>result</c> announcement); empty before the count.</summary>
    public IReadOnlyList<ElectedView> Elected { get; init; } = [];
}

/// <summary>One elected person: place in the final order, login, candidate file and term length (0 when no term group covers the place).</summary>
public sealed record ElectedView(int Place, string Login, string File, int TermYears);

/// <summary>The election's names and where it lives.</summary>
public sealed record ElectionView(string Name, string Slug, string Organization, string Repository, string Url, string VotersTeam, string VotersTeamUrl, int Seats, string Method);

/// <summary>One timeline point: <c>Text</c> is <c>2026-09-27 AoE (2026-09-28 12:00 UTC)</c>, as <c>elections status</c> words it.</summary>
public sealed record DeadlineView(string Key, string Title, string Aoe, string Utc, string Text);

/// <summary>Counts of the roll and the nominees.</summary>
public sealed record CountsView(int Voters, int CanVote, int InVotersTeam, int Nominees, int Candidates);

/// <summary>One nominee: login and candidate file (a path in the election repository).</summary>
public sealed record CandidateView(string Login, string File, string State);

/// <summary>The person a personal message is for. Empty fields are left out of the model, so a template using one fails before anything is sent.</summary>
public sealed record RecipientView(string Login, string Email, long? Id, string Status);
