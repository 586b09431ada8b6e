using Microsoft.Extensions.Configuration;

namespace Elections.Cli;

/// <summary>
/// The environment variables a command reads: the process's own, with the variables given to
/// <see cref="ElectionsCli.RunAsync"/> laid over them for that run only (the rehearsal points the committee's
/// commands at its emulated GitHub, SMTP sink and store this way, without touching the process, so runs side by
/// side do not see each other's settings).
/// </summary>
internal static class CliEnvironment
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string>?> Overlay = new();

    /// <summary>Lays <paramref name="variables"/> over the process environment for the rest of the calling async flow.</summary>
    public static void Use(IReadOnlyDictionary<string, string>? variables) => Overlay.Value = variables;

    /// <summary>A variable's value: the overlay's, else the process's; null when unset.</summary>
    public static string? Get(string name) =>
        Overlay.Value is { } overlay && overlay.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);

    /// <summary>The environment as configuration, the overlay winning.</summary>
    public static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection((Overlay.Value ?? new Dictionary<string, string>()).Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
