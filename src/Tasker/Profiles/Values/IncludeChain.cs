namespace Tasker.Profiles.Values;

/// <summary>The files a chain of <c>$P</c> values has opened, outermost first, to find and name include cycles.</summary>
internal sealed class IncludeChain
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly IReadOnlyList<string> _files;

    private IncludeChain(IReadOnlyList<string> files)
    {
        _files = files;
    }

    public static IncludeChain Start(string file) =>
        new(file.Length == 0 ? [] : [SafeFullPath(file)]);

    public bool Contains(string path) => _files.Contains(path, PathComparer);

    public IncludeChain With(string path) => new([.. _files, path]);

    /// <summary>The cycle from the first occurrence of <paramref name="path"/> back to it, with file names.</summary>
    public string Describe(string path)
    {
        var start = _files.ToList().FindIndex(file => PathComparer.Equals(file, path));
        return string.Join(" -> ", _files.Skip(Math.Max(start, 0)).Append(path).Select(Path.GetFileName));
    }

    private static string SafeFullPath(string file)
    {
        try
        {
            return Path.GetFullPath(file);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return file;
        }
    }
}
