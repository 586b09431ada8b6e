namespace Elections.App.Ports.GitHub;

/// <summary>What kind of account a GitHub user is.</summary>
public enum GitHubAccountKind
{
    /// <summary>A person.</summary>
    User,

    /// <summary>A bot (an App's <c>name[bot]</c> account); bots never vote.</summary>
    Bot,

    /// <summary>An organization.</summary>
    Organization,
}

/// <summary>A GitHub account. The numeric <see cref="Id"/> is the stable identity; logins can change.</summary>
public sealed record GitHubUser
{
    /// <summary>The numeric account id.</summary>
    public required long Id { get; init; }

    /// <summary>The current login.</summary>
    public required string Login { get; init; }

    /// <summary>User, bot or organization.</summary>
    public GitHubAccountKind Kind { get; init; } = GitHubAccountKind.User;

    /// <summary>The display name when the account has one (only from single-user reads).</summary>
    public string? Name { get; init; }

    /// <summary>The public profile e-mail, when the person shows one (only from single-user reads).</summary>
    public string? Email { get; init; }

    /// <summary>The profile page.</summary>
    public string HtmlUrl { get; init; } = "";
}
