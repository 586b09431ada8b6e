using Elections.Core.Validation;

namespace Elections.Core.Snapshots;

/// <summary>
/// One entry of an election repository as an adapter found it: the file's text, why it could not be
/// read, or only its name (a folder, or a file that is not read). Core never reads files itself.
/// </summary>
public sealed record SourceEntry
{
    /// <summary>The path inside the repository, e.g. <c>candidates/amara-okafor.md</c>.</summary>
    public required string Path { get; init; }

    /// <summary>What the adapter found.</summary>
    public required SourceEntryKind Kind { get; init; }

    /// <summary>The text when <see cref="Kind"/> is <see cref="SourceEntryKind.Text"/>; empty otherwise.</summary>
    public string Text { get; init; } = "";

    /// <summary>Why the entry could not be read when <see cref="Kind"/> is <see cref="SourceEntryKind.Unreadable"/>.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>A file read as text.</summary>
    public static SourceEntry OfText(string path, string text) => new() { Path = path, Kind = SourceEntryKind.Text, Text = text };

    /// <summary>A file that could not be read (missing, oversized, binary, not UTF-8).</summary>
    public static SourceEntry Unreadable(string path, IReadOnlyList<Problem> problems) => new() { Path = path, Kind = SourceEntryKind.Unreadable, Problems = problems };

    /// <summary>An entry listed but not read: a folder or a file that is not an election file.</summary>
    public static SourceEntry Listed(string path) => new() { Path = path, Kind = SourceEntryKind.Listed };
}

/// <summary>What an adapter found at a <see cref="SourceEntry"/>'s path.</summary>
public enum SourceEntryKind
{
    /// <summary>The file's text.</summary>
    Text,

    /// <summary>The file could not be read; the entry carries the problems.</summary>
    Unreadable,

    /// <summary>Listed only (a folder, or a file of another kind).</summary>
    Listed,
}
