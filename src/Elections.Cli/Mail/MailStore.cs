using Elections.App.Configuration;
using Elections.Infrastructure.Store;

namespace Elections.Cli.Mail;

/// <summary>The store a mailout's journal lives in: <c>ELECTIONS_STORE</c>, else <c>.elections/store.db</c> in the election folder (git-ignored).</summary>
internal static class MailStore
{
    public const string DefaultPath = ".elections/store.db";

    public static async Task<SqlStore> OpenAsync(string electionFolder, TimeProvider clock, CancellationToken cancellationToken)
    {
        var setting = CliEnvironment.Get(ElectionsVariables.Store) is { Length: > 0 } value
            ? value
            : Path.Combine(electionFolder, DefaultPath);
        var store = StoreFactory.Open(setting, clock);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
