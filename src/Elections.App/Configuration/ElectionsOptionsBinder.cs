using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Elections.App.Configuration;

/// <summary>
/// Reads <see cref="ElectionsOptions"/> from configuration (environment variables or
/// <c>--NAME=value</c> arguments). A variable that is set but unreadable is a problem naming the
/// variable and the fix, never a silent default.
/// </summary>
public static class ElectionsOptionsBinder
{
    public static void Bind(IConfiguration configuration, ElectionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        string Get(string name) => configuration[name]?.Trim() ?? "";

        foreach (var (old, renamed) in ElectionsVariables.Renamed)
        {
            if (Get(old).Length > 0)
            {
                problems.Add($"{old} is no longer read: rename it to {renamed} (see docs/environment.md)");
            }
        }

        options.WebhookSecret = configuration[ElectionsVariables.WebhookSecret] ?? "";
        options.ClientId = Get(ElectionsVariables.ClientId);
        options.AppSlug = Get(ElectionsVariables.AppSlug);
        options.PrivateKey = Get(ElectionsVariables.PrivateKey).Replace("\\n", "\n", StringComparison.Ordinal);
        options.PrivateKeyFile = Get(ElectionsVariables.PrivateKeyFile);
        options.Token = Get(ElectionsVariables.Token) is { Length: > 0 } token ? token : Get(ElectionsVariables.ActionsToken);
        options.Store = Get(ElectionsVariables.Store);
        options.RepoDir = Get(ElectionsVariables.RepoDir);

        var apiVariable = Get(ElectionsVariables.GitHubApiUrl).Length > 0 ? ElectionsVariables.GitHubApiUrl : ElectionsVariables.ActionsApiUrl;
        if (Url(Get(apiVariable), apiVariable, problems) is { } api)
        {
            options.GitHubApiUrl = api;
        }

        options.GitHubGraphQlUrl = Url(Get(ElectionsVariables.ActionsGraphQlUrl), ElectionsVariables.ActionsGraphQlUrl, problems);
        options.AppId = Number(Get(ElectionsVariables.AppId), ElectionsVariables.AppId, "the App's numeric id (App settings, About)", problems);
        options.DryRun = Flag(Get(ElectionsVariables.DryRun), ElectionsVariables.DryRun, problems) ?? options.DryRun;
        options.NonVoterNotice = Flag(Get(ElectionsVariables.NonVoterNotice), ElectionsVariables.NonVoterNotice, problems) ?? options.NonVoterNotice;
        options.Workers = (int?)Number(Get(ElectionsVariables.Workers), ElectionsVariables.Workers, "a whole number of workers, 1 to 64", problems, 64) ?? options.Workers;
        options.MaxBodyBytes = Number(Get(ElectionsVariables.MaxBodyBytes), ElectionsVariables.MaxBodyBytes, "a size in bytes, at most 2147483646", problems, int.MaxValue - 1) ?? options.MaxBodyBytes;
        options.MaxConcurrentBodies = (int?)Number(Get(ElectionsVariables.MaxConcurrentBodies), ElectionsVariables.MaxConcurrentBodies, "a whole number, 1 to 10000", problems, 10_000) ?? options.MaxConcurrentBodies;
        options.Lease = Number(Get(ElectionsVariables.LeaseSeconds), ElectionsVariables.LeaseSeconds, "a whole number of seconds", problems, 86_400) is { } lease ? TimeSpan.FromSeconds(lease) : options.Lease;
        options.RetryDelay = Number(Get(ElectionsVariables.RetryDelayMs), ElectionsVariables.RetryDelayMs, "a whole number of milliseconds", problems, 3_600_000) is { } retry ? TimeSpan.FromMilliseconds(retry) : options.RetryDelay;
        options.PollInterval = Number(Get(ElectionsVariables.PollMs), ElectionsVariables.PollMs, "a whole number of milliseconds", problems, 3_600_000) is { } poll ? TimeSpan.FromMilliseconds(poll) : options.PollInterval;
        options.TeamSyncMax = (int?)Number(Get(ElectionsVariables.TeamSyncMax), ElectionsVariables.TeamSyncMax, "a whole number of changes per run, 1 to 10000", problems, 10_000) ?? options.TeamSyncMax;
        options.ExceptionUrl = Url(Get(ElectionsVariables.ExceptionUrl), ElectionsVariables.ExceptionUrl, problems)?.ToString() ?? options.ExceptionUrl;
        options.BindingProblems = problems;
    }

    /// <summary>Null when unset; a problem when not a positive whole number up to <paramref name="max"/>.</summary>
    private static long? Number(string text, string variable, string expected, List<string> problems, long max = long.MaxValue)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max)
        {
            return value;
        }

        problems.Add($"{variable} is '{Shorten(text)}': set it to {expected}");
        return null;
    }

    private static bool? Flag(string text, string variable, List<string> problems)
    {
        switch (text.ToUpperInvariant())
        {
            case "":
                return null;
            case "1" or "TRUE":
                return true;
            case "0" or "FALSE":
                return false;
            default:
                problems.Add($"{variable} is '{Shorten(text)}': set it to true or false");
                return null;
        }
    }

    private static Uri? Url(string text, string variable, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        problems.Add($"{variable} is '{Shorten(text)}': set it to an http(s) URL");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
