using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Launcher;

/// <summary>
/// Reads the keys that make an entry, a container or a branch cacheable and say what it reads and writes:
/// <c>cache</c> (a boolean), <c>inputs</c> and <c>outputs</c> (a string or an array of strings, files or globs relative
/// to the profile that names them). Every problem is reported at its place before anything runs.
/// </summary>
internal static class DeclaredFilesReader
{
    public const string CacheKey = "cache";
    public const string InputsKey = "inputs";
    public const string OutputsKey = "outputs";

    public static readonly string[] Keys = [CacheKey, InputsKey, OutputsKey];

    /// <summary>The value of <c>cache</c>, <see langword="null"/> when absent or wrong (reported).</summary>
    public static bool? ReadCache(ProfileTable table, ICollection<Diagnostic> diagnostics)
    {
        if (!table.TryGetField(CacheKey, out var field))
        {
            return null;
        }

        if (field.Value.Raw is bool flag)
        {
            return flag;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidCacheDeclaration,
            field.Value.Location,
            $"'{CacheKey}' must be a boolean (true or false), not a {ProfileValue.DescribeType(field.Value.Raw)}."));
        return null;
    }

    /// <summary>The patterns of <paramref name="key"/> (<c>inputs</c> or <c>outputs</c>); none when absent or wrong (reported).</summary>
    public static IReadOnlyList<DeclaredFiles> ReadPatterns(ProfileTable table, string key, ICollection<Diagnostic> diagnostics)
    {
        if (!table.TryGetField(key, out var field))
        {
            return [];
        }

        var items = field.Value.Raw switch
        {
            string => [field.Value],
            ProfileArray { IsArrayOfTables: false } array => array.Items,
            _ => null,
        };
        if (items is null)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidCacheDeclaration,
                field.Value.Location,
                $"'{key}' must be a file or glob, or an array of them (for example {key} = [\"data/*.csv\"]), not a {ProfileValue.DescribeType(field.Value.Raw)}."));
            return [];
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(field.Value.Location.File)) ?? ".";
        var patterns = new List<DeclaredFiles>(items.Count);
        foreach (var item in items)
        {
            if (Problem(item.Raw) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidCacheDeclaration, item.Location, $"An item of '{key}' {problem}. Write a file or glob relative to this profile, for example \"data/*.csv\"."));
                continue;
            }

            patterns.Add(new DeclaredFiles(((string)item.Raw).Replace('\\', '/'), baseDirectory, item.Location));
        }

        return patterns;
    }

    private static string? Problem(object raw) => raw switch
    {
        not string => $"is a {ProfileValue.DescribeType(raw)}, not a string",
        string text when string.IsNullOrWhiteSpace(text) => "is empty",
        string text when text.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || text.Contains('\0') => "holds a character no path may hold",
        _ => null,
    };
}
