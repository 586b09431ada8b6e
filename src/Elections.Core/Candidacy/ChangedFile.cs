namespace Elections.Core.Candidacy;

/// <summary>How a pull request changes one file, compared with its base.</summary>
public enum FileChange
{
    /// <summary>A new file.</summary>
    Added,

    /// <summary>A deleted file.</summary>
    Removed,

    /// <summary>Changed content.</summary>
    Modified,

    /// <summary>Moved from <see cref="ChangedFile.PreviousPath"/>.</summary>
    Renamed,

    /// <summary>Anything else GitHub reports (copied, mode change).</summary>
    Other,
}

/// <summary>One file a pull request changes (GitHub's "files" list of the pull request).</summary>
/// <param name="Path">The path after the change, e.g. <c>candidates/amara-okafor.md</c>.</param>
/// <param name="Change">How it changes.</param>
/// <param name="PreviousPath">The path before a rename; empty otherwise.</param>
public sealed record ChangedFile(string Path, FileChange Change, string PreviousPath = "");
