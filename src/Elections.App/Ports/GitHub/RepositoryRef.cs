namespace Elections.App.Ports.GitHub;

/// <summary>A repository named by owner and name (e.g. <c>NixOS/SC-election-2024</c>).</summary>
public sealed record RepositoryRef(string Owner, string Name)
{
    /// <summary>owner/name.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>Parses <c>owner/name</c>.</summary>
    public static bool TryParse(string? text, out RepositoryRef repository)
    {
        repository = new RepositoryRef("", "");
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        repository = new RepositoryRef(parts[0], parts[1]);
        return true;
    }

    /// <summary>Parses <c>owner/name</c> that is known to be well formed (e.g. from a payload); throws otherwise.</summary>
    public static RepositoryRef Parse(string text) =>
        TryParse(text, out var repository) ? repository : throw new ArgumentException($"'{text}' is not owner/name", nameof(text));

    /// <inheritdoc />
    public override string ToString() => FullName;
}
