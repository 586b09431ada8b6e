namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// Carries the port caller's <see cref="CancellationToken"/> down to the HTTP layer: most Octokit calls take no
/// token, so the adapter sets it here (an async-local, scoped to the call) and the context HTTP client links it
/// with Octokit's own token.
/// </summary>
internal static class GitHubCancellation
{
    private static readonly AsyncLocal<CancellationToken> CurrentToken = new();

    /// <summary>The caller's token for the call in progress; <see cref="CancellationToken.None"/> outside one.</summary>
    public static CancellationToken Current => CurrentToken.Value;

    /// <summary>Runs <paramref name="call"/> with <paramref name="cancellationToken"/> as the current token.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        CurrentToken.Value = cancellationToken; // reverts when this async method returns
        return await call().ConfigureAwait(false);
    }
}
