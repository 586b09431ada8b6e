using System.Diagnostics.CodeAnalysis;
using Elections.Core.Validation;

namespace Elections.Core.Configuration;

/// <summary>
/// What <see cref="ElectionConfigParser.Parse"/> found: every problem in the file, and the configuration
/// when there were none (DESIGN principle 6: report every problem in one run).
/// </summary>
public sealed class ConfigParseResult
{
    private readonly ElectionConfig? _config;
    private readonly ElectionConfig? _asRead;

    internal ConfigParseResult(ElectionConfig? config, IReadOnlyList<Problem> problems)
    {
        _config = problems.Count == 0 ? config : null;
        _asRead = config;
        Problems = problems;
    }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when the file is valid.</summary>
    public bool IsValid => _config is not null;

    /// <summary>The configuration, when the file is valid.</summary>
    public bool TryGetConfig([NotNullWhen(true)] out ElectionConfig? config)
    {
        config = _config;
        return config is not null;
    }

    /// <summary>
    /// The configuration as read even when some fields have problems (those keep their defaults), so
    /// that the other files can still be checked against the officials and exclusions in one run.
    /// False only when the file is not a readable YAML mapping at all.
    /// </summary>
    public bool TryGetConfigAsRead([NotNullWhen(true)] out ElectionConfig? config)
    {
        config = _asRead;
        return config is not null;
    }

    /// <summary>The configuration; throws <see cref="InvalidInputException"/> carrying every problem otherwise.</summary>
    public ElectionConfig GetValidConfig() => _config ?? throw new InvalidInputException(Problems);
}
