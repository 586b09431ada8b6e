namespace Elections.Infrastructure.Files;

/// <summary>What a path names, without opening it (opening a named pipe would wait for a writer).</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file: the only kind an input file may be.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only reported when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO): reading it waits for a writer.</summary>
    Pipe,

    /// <summary>A character or block device, such as <c>/dev/zero</c>.</summary>
    Device,

    /// <summary>A socket or anything else that is not a file.</summary>
    Other,
}
