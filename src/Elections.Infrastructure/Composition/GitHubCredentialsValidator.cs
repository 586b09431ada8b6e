using Elections.App.Configuration;
using Elections.Core.Validation;
using Elections.Infrastructure.GitHub;
using Microsoft.Extensions.Options;

namespace Elections.Infrastructure.Composition;

/// <summary>Fails start-up when the GitHub credentials are missing, incomplete or the key is unreadable.</summary>
internal sealed class GitHubCredentialsValidator : IValidateOptions<ElectionsOptions>
{
    public ValidateOptionsResult Validate(string? name, ElectionsOptions options)
    {
        try
        {
            GitHubEnvironment.ToGitHubOptions(options);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidInputException exception)
        {
            return ValidateOptionsResult.Fail(exception.Problems.Select(problem => problem.Message));
        }
    }
}
