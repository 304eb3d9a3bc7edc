namespace Tasker.Profiles.Values;

/// <summary>
/// The files a chain of <c>$P</c> values has opened, outermost first, to find and name include cycles. The first
/// file's full path is only worked out when a <c>$P</c> value needs it, so tables without one cost nothing.
/// </summary>
internal sealed class IncludeChain
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly string _start;
    private readonly IReadOnlyList<string> _included;

    private IncludeChain(string start, IReadOnlyList<string> included)
    {
        _start = start;
        _included = included;
    }

    public static IncludeChain Start(string file) => new(file, []);

    public bool Contains(string path) => Files().Contains(path, PathComparer);

    public IncludeChain With(string path) => new(_start, [.. _included, path]);

    /// <summary>The cycle from the first occurrence of <paramref name="path"/> back to it, with file names.</summary>
    public string Describe(string path)
    {
        var files = Files().ToList();
        var start = files.FindIndex(file => PathComparer.Equals(file, path));
        return string.Join(" -> ", files.Skip(Math.Max(start, 0)).Append(path).Select(Path.GetFileName));
    }

    private IEnumerable<string> Files() =>
        _start.Length == 0 ? _included : _included.Prepend(SafeFullPath(_start));

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
