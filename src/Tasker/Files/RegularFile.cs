using System.Runtime.InteropServices;

namespace Tasker.Files;

/// <summary>
/// Decides, without opening it, whether a file may be read whole: only a regular file no larger than a limit.
/// Opening a named pipe blocks until someone writes to it, and /dev/zero or /dev/urandom never end, so every file
/// Tasker reads (profiles, included files, $P values, storage JSON) passes here first.
/// </summary>
internal static partial class RegularFile
{
    /// <summary>The largest profile or included TOML file read: far beyond any hand-written profile.</summary>
    public const long TomlLimit = 16L * 1024 * 1024;

    /// <summary>The largest JSON storage file read.</summary>
    public const long StorageLimit = 1024L * 1024 * 1024;

    // The runtime's normalised mode bits (the same values on every Unix).
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>
    /// Why the existing file at <paramref name="path"/> must not be read, or <see langword="null"/> when it is a regular
    /// file within <paramref name="limit"/> (or does not exist: the caller reports that in its own words).
    /// </summary>
    public static string? Refusal(string path, long limit)
    {
        // A folder is left to the caller, whose reading fails at once and says so in its own words.
        if (!OperatingSystem.IsWindows() && TypeBits(path) is { } type && type is not (RegularType or DirectoryType))
        {
            return $"it is {Describe(type)}, not a regular file, and reading it could block or never end";
        }

        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return length > limit ? $"it is {length:N0} bytes, more than the {limit / (1024 * 1024):N0} MiB Tasker reads" : null;
    }

    private static string Describe(int type) => type switch
    {
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "a special file",
    };

    // stat, not lstat: a symbolic link to a regular file is fine. The runtime's shim is the call File itself makes; an
    // older or newer runtime without it leaves the type unknown, and only the size is checked.
    private static int? TypeBits(string path)
    {
        try
        {
            return Stat(path, out var status) == 0 ? status.Mode & TypeMask : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // Generated marshalling over a blittable call (and runtime marshalling off for the assembly): a classic
    // DllImport taking a string needs a stub the runtime compiles just in time in every process.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out NativeFileStatus status);
}
