using System.Diagnostics;

namespace Elections.Webhooks.Tests.Support;

/// <summary>
/// A real filesystem of a few megabytes (a tmpfs mounted for the test) that the test can fill up and
/// free again: the disk-full fault without touching the machine's disks. Mounting needs root.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly string _filler;

    private SmallDisk(string folder)
    {
        Folder = folder;
        _filler = Path.Combine(folder, "filler");
    }

    public string Folder { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var folder = Directory.CreateTempSubdirectory("elections-small-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    /// <summary>Writes a file until the disk has no space left.</summary>
    public void Fill()
    {
        using var file = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // No space left on the device: full.
        }
    }

    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "-l", Folder);
        Directory.Delete(Folder);
    }

    /// <summary>Runs a system tool and fails the test with its error output when it exits non-zero.</summary>
    internal static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error}");
    }
}

/// <summary>A fact that needs <see cref="SmallDisk"/>: skipped, with the reason, unless the tests run as root on Linux.</summary>
internal sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            Skip = "mounting a small tmpfs to fill up needs root on Linux";
        }
    }
}
