namespace Elections.Webhooks.Tests.Support;

/// <summary>
/// A real ext4 filesystem in a file of a few megabytes, on a loop device, mounted <c>errors=remount-ro</c>,
/// that the test can make fail: <see cref="TurnReadOnly"/> raises a filesystem error, and ext4 turns the mount
/// read-only under the running process (open files included), as it does when a disk reports errors. That is
/// the "store loses write access" fault; it cannot be undone without unmounting, so <see cref="Remount"/>
/// unmounts, checks and mounts the filesystem again. Needs root and loop devices.
/// </summary>
internal sealed class FailingDisk : IDisposable
{
    private readonly string _image;
    private bool _mounted;

    private FailingDisk(string folder, string image)
    {
        Folder = folder;
        _image = image;
    }

    public string Folder { get; }

    public static FailingDisk Mount(int megabytes)
    {
        var folder = Directory.CreateTempSubdirectory("elections-failing-disk-").FullName;
        var image = folder + ".img";
        using (var file = File.Create(image))
        {
            file.SetLength(megabytes * 1024L * 1024);
        }

        SmallDisk.Run("mkfs.ext4", "-q", "-F", image);
        var disk = new FailingDisk(folder, image);
        disk.MountImage();
        return disk;
    }

    /// <summary>Raises an ext4 error: the mount turns read-only (<c>emergency_ro</c>) for every process at once.</summary>
    public void TurnReadOnly()
    {
        SmallDisk.Run("sync", "-f", Folder);
        File.WriteAllText($"/sys/fs/ext4/{Path.GetFileName(Device())}/trigger_fs_error", "elections fault test\n");
    }

    /// <summary>Unmounts (the store must be closed), repairs the error flag and mounts read-write again.</summary>
    public void Remount()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Unmount();
        Repair(_image);
        MountImage();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Unmount();
        Directory.Delete(Folder);
        File.Delete(_image);
    }

    private void MountImage()
    {
        SmallDisk.Run("mount", "-o", "loop,errors=remount-ro", _image, Folder);
        _mounted = true;
    }

    private void Unmount()
    {
        if (_mounted)
        {
            SmallDisk.Run("umount", Folder);
            _mounted = false;
        }
    }

    /// <summary>Clears the recorded error with e2fsck; its exit code 1 means "errors corrected".</summary>
    private static void Repair(string image)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("e2fsck", ["-f", "-y", image]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode <= 1, $"e2fsck {image} exited {process.ExitCode}: {output.Result}{error}");
    }

    private string Device()
    {
        var mount = File.ReadLines("/proc/self/mounts").Select(line => line.Split(' ')).Single(fields => fields[1] == Folder);
        return mount[0];
    }
}

/// <summary>A fact that needs <see cref="FailingDisk"/>: skipped, with the reason, unless the tests run as root on Linux with loop devices and mkfs.ext4.</summary>
internal sealed class FailingDiskFactAttribute : FactAttribute
{
    public FailingDiskFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || !File.Exists("/dev/loop-control")
            || !new[] { "/usr/sbin/mkfs.ext4", "/sbin/mkfs.ext4" }.Any(File.Exists))
        {
            Skip = "making a filesystem fail needs root on Linux, loop devices and mkfs.ext4 (e2fsprogs)";
        }
    }
}
