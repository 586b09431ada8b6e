using System.Globalization;
using Elections.App.Configuration;
using Elections.App.Ports.GitHub;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub;
using Microsoft.Extensions.Configuration;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// Turns a <c>LOGIN|ID</c> argument into a GitHub account: a number is the id (its login is looked up when
/// credentials are set, else taken from <c>--login</c>); a login is looked up on GitHub (<c>GH_TOKEN</c>,
/// <c>ELECTIONS_GITHUB_API_URL</c>), because the roll is keyed by id.
/// </summary>
internal sealed class AccountLookup(IConfiguration settings)
{
    /// <summary>The account's id and login; bad input (exit 2) when it does not exist or cannot be looked up.</summary>
    public async Task<(long Id, string Login)> ResolveAsync(string argument, string field, string givenLogin, CancellationToken cancellationToken)
    {
        var text = argument.Trim().TrimStart('@');
        var isId = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;
        var options = new ElectionsOptions();
        ElectionsOptionsBinder.Bind(settings, options);
        if (isId && (givenLogin.Length > 0 || !options.HasGitHubCredentials))
        {
            return (id, givenLogin);
        }

        if (!options.HasGitHubCredentials)
        {
            throw new InvalidInputException(new Problem("command line", 0, field,
                $"\"{text}\" is a login, but the roll is keyed by numeric id: give the id (`gh api /users/{text} --jq .id`), or set {ElectionsVariables.Token} so it can be looked up"));
        }

        using var factory = new GitHubClientFactory(GitHubEnvironment.ToGitHubOptions(options));
        var users = factory.Create(GitHubCallContext.None).Users;
        var found = isId
            ? await users.GetByIdAsync(id, cancellationToken).ConfigureAwait(false)
            : await users.GetByLoginAsync(text, cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(out var user))
        {
            throw new InvalidInputException(new Problem("command line", 0, field,
                $"GitHub has no account {(isId ? "with id " + text : "@" + text)}; check the spelling (a deleted account has no login any more: give its id and --login)"));
        }

        if (user.Kind != GitHubAccountKind.User)
        {
            throw new InvalidInputException(new Problem("command line", 0, field, $"@{user.Login} is a {user.Kind.ToString().ToLowerInvariant()} account; only people vote"));
        }

        return (user.Id, user.Login);
    }
}
