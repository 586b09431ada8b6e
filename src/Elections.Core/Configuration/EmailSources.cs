namespace Elections.Core.Configuration;

/// <summary>
/// Where <c>elections voters generate</c> looks for a new voter's address, in order (issue 11 item 3;
/// nixos-anchor §3.1 "Email source": 2024 used the maintainer list then the profile, 2026 last year's list,
/// the maintainer list and commit e-mails). Config key <c>eligibility.email_sources</c>.
/// </summary>
public sealed record EmailSources
{
    /// <summary>
    /// The sources to try, in order: <c>roll</c>, <c>previous_roll</c>, <c>maintainers</c>, and the two read from GitHub:
    /// <c>profile</c> (the public profile e-mail) and <c>commits</c> (author e-mails of the person's commits in their
    /// counted merged pull requests, the most used first).
    /// </summary>
    public IReadOnlyList<string> Order { get; init; } = ["roll", "previous_roll", "maintainers"];

    /// <summary>A previous election's roll, relative to the repository; empty when none.</summary>
    public string PreviousRoll { get; init; } = "";

    /// <summary>A maintainers file (JSON), relative to the repository; empty when none.</summary>
    public string Maintainers { get; init; } = "";

    /// <summary>Addresses never to set (e.g. known bounces or people who asked not to be mailed).</summary>
    public IReadOnlyList<string> Suppressed { get; init; } = [];
}
