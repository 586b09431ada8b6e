using System.Runtime.InteropServices;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Tells what kind of entry a path is without opening it. .NET reports a named pipe or a device as an
/// ordinary file (its attributes are <c>Normal</c>, its length 0), so on Unix this asks the runtime's own
/// native shim (<c>libSystem.Native</c>, which every .NET runtime ships and whose status record starts
/// with two 32-bit fields, flags then the POSIX mode); on Windows the managed attributes suffice.
/// </summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Link = 0xA000;

    /// <summary>The record is larger in every runtime version than the two fields read here.</summary>
    private const int StatusBytes = 256;

    /// <summary>The kind of <paramref name="path"/>; with <paramref name="followLinks"/> false a link is reported as such.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return Managed(path, followLinks);
        }

        var status = new byte[StatusBytes];
        if ((followLinks ? Stat(path, status) : LStat(path, status)) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularFile => FileKind.Regular,
            Folder => FileKind.Directory,
            Link => FileKind.SymbolicLink,
            Fifo => FileKind.Pipe,
            CharacterDevice or BlockDevice => FileKind.Device,
            _ => FileKind.Other,
        };
    }

    private static FileKind Managed(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            return FileKind.Missing;
        }

        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return info is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, [Out] byte[] status);
}
