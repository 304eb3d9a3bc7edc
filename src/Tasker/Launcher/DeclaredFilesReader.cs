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

    /// <summary>The three keys as definitions; <paramref name="whose"/> says whose result they are about.</summary>
    public static Definition[] Definitions(string whose) =>
    [
        Definition.Value(CacheKey, typeof(bool), false, $"true: take {whose} result from the result cache when nothing it depends on changed."),

        // A file or glob, or an array of them: no one type, so this reader checks them.
        Definition.Value(InputsKey, typeof(object), description: "Files or globs read, relative to this profile: part of the cache key.", required: false),
        Definition.Value(OutputsKey, typeof(object), description: "Files or globs written: a cached result is used only when each exists.", required: false),
    ];

    /// <summary>The value of <c>cache</c>, <see langword="null"/> when absent or not a boolean (which the table's validator reports).</summary>
    public static bool? ReadCache(ProfileTable table) =>
        table.TryGetValue(CacheKey, out var raw) && raw is bool cache ? cache : null;

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

            var declared = new DeclaredFiles(((string)item.Raw).Replace('\\', '/'), baseDirectory, item.Location);
            patterns.Add(declared);
            ProfileDependencyTracker.RecordDeclared(key == OutputsKey, Path.Combine(baseDirectory, declared.Pattern).Replace('\\', '/'));
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
