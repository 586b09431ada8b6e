using System.Diagnostics.CodeAnalysis;

namespace Elections.App.Ports.GitHub;

/// <summary>
/// The result of a GitHub read that may legitimately find nothing (404): no null returns.
/// <c>default</c> is "not found"; build found values with <see cref="GitHubLookup.Of{T}(T)"/>.
/// </summary>
/// <typeparam name="T">The value found.</typeparam>
public readonly record struct GitHubLookup<T>
    where T : class
{
    /// <summary>A found value.</summary>
    public GitHubLookup(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The value, or null when <see cref="Found"/> is false.</summary>
    public T? Value { get; }

    /// <summary>True when GitHub returned the resource.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Found => Value is not null;

    /// <summary>Try-pattern access to the value.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return value is not null;
    }
}

/// <summary>Factories for <see cref="GitHubLookup{T}"/>.</summary>
public static class GitHubLookup
{
    /// <summary>The result for a resource that exists.</summary>
    public static GitHubLookup<T> Of<T>(T value)
        where T : class => new(value);

    /// <summary>The result for a resource that does not exist (or is not visible).</summary>
    public static GitHubLookup<T> NotFound<T>()
        where T : class => default;
}
