using System.Diagnostics;
using Elections.Infrastructure.Tests.Store;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The real <c>Elections.Webhooks</c> process, started with a store or key it cannot use: it exits
/// non-zero with one line naming the setting, and no stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task Main_UnreachablePostgres_ExitsOneNamingTheStore()
    {
        var (exitCode, error) = await RunHostAsync(("ELECTIONS_STORE", "Host=127.0.0.1;Port=1;Username=u;Password=p;Database=d;Timeout=5"));

        Assert.Equal(1, exitCode);
        Assert.Contains("ELECTIONS_STORE: the store cannot be opened", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Main_WrongPostgresPassword_ExitsOneNamingTheStore()
    {
        var setting = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Password = "wrong-password" }.ConnectionString;

        var (exitCode, error) = await RunHostAsync(("ELECTIONS_STORE", setting));

        Assert.Equal(1, exitCode);
        Assert.Contains("password authentication failed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_BadPrivateKey_ExitsTwoNamingTheKey()
    {
        var (exitCode, error) = await RunHostAsync(("ELECTIONS_PRIVATE_KEY", "not a key"));

        Assert.Equal(2, exitCode);
        Assert.Contains("private key", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the host next to the tests with a valid secret and app id plus <paramref name="settings"/>; returns its exit code and standard error.</summary>
    private static async Task<(int ExitCode, string Error)> RunHostAsync(params (string Name, string Value)[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("elections-startup-");
        try
        {
            var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Elections.Webhooks"))
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = folder.FullName,
            };
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["ELECTIONS_WEBHOOK_SECRET"] = "s";
            start.Environment["ELECTIONS_APP_ID"] = "1";
            using var key = System.Security.Cryptography.RSA.Create(2048);
            start.Environment["ELECTIONS_PRIVATE_KEY"] = key.ExportRSAPrivateKeyPem();
            start.Environment["ELECTIONS_STORE"] = Path.Combine(folder.FullName, "store.db");
            foreach (var (name, value) in settings)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the host did not exit within 60 s");
            }

            return (process.ExitCode, await error + await output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
