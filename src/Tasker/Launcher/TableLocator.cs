using Tasker.Diagnostics;
using Tasker.Profiles;

namespace Tasker.Launcher;

/// <summary>
/// Finds the table an entry gives its task from its <c>include</c>, <c>path</c> and <c>profile</c> keys: a
/// <c>[[__meta__]]</c> entry's, a map's or reduce's own, a fork branch's. One place, so each mistake reads the same
/// wherever it is made.
/// </summary>
internal static class TableLocator
{
    public static Diagnostic IncludeWithoutPath(SourceLocation location, DiagnosticDescriptor code) => Diagnostic.Error(
        code,
        location,
        "This entry sets 'include = true' but gives no 'path'. Add 'path = \"file.toml\"' (relative to this profile) or set 'include = false'.");

    /// <summary>
    /// The located table: with <c>include</c>, the file at <c>path</c> (read once per file when a cache of includes is
    /// given); else the table named by <c>profile</c> in the entry's scope or, failing that, the outer scope (a
    /// container's table, then the launcher profile's top); else an empty table. Problems are at the entry's keys; a
    /// named table that is missing says it should be added <c>scopesText</c> ("to the profile"); include without a
    /// path has the entry kind's own code. Throws a located <see cref="DiagnosticException"/>.
    /// </summary>
    public static ProfileTable Locate(
        ProfileTable entry,
        bool include,
        string? path,
        string? profileName,
        ProfileTable scope,
        ProfileTable? outerScope,
        string scopesText,
        DiagnosticDescriptor missingKeyCode,
        Dictionary<string, ProfileTable>? includes = null)
    {
        if (include)
        {
            return Include(entry, path, missingKeyCode, includes);
        }

        if (string.IsNullOrEmpty(profileName))
        {
            return new ProfileTable(entry.Location);
        }

        if (scope.TryGetField(profileName, out var field) && field.Value.Raw is ProfileTable table)
        {
            return table;
        }

        ProfileField? outerField = null;
        if (outerScope?.TryGetField(profileName, out outerField) == true && outerField.Value.Raw is ProfileTable outerTable)
        {
            return outerTable;
        }

        var found = field ?? outerField;
        var tables = (outerScope is null ? scope.Fields : scope.Fields.Concat(outerScope.Fields))
            .Where(candidate => candidate.Value.Raw is ProfileTable && !candidate.Key.StartsWith("__", StringComparison.Ordinal))
            .Select(candidate => candidate.Key);
        var problem = found is null ? "there is no such table" : $"'{profileName}' is a {ProfileValue.DescribeType(found.Value.Raw)}, not a table";
        throw new DiagnosticException(Diagnostic.Error(
            DiagnosticCodes.ProfileTableNotFound,
            LocationOf(entry, LauncherTables.ProfileKey),
            $"The entry's profile '{profileName}' cannot be used: {problem}. Add a [{profileName}] table {scopesText}.{Suggestions.DidYouMean(profileName, tables)}"));
    }

    private static ProfileTable Include(ProfileTable entry, string? path, DiagnosticDescriptor missingKeyCode, Dictionary<string, ProfileTable>? includes)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new DiagnosticException(IncludeWithoutPath(LocationOf(entry, LauncherTables.IncludeKey), missingKeyCode));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(entry.Location.File)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(directory, path));
        if (includes is not null && includes.TryGetValue(full, out var cached))
        {
            return cached;
        }

        var pathLocation = LocationOf(entry, LauncherTables.PathKey);
        if (!File.Exists(full))
        {
            throw new DiagnosticException(Diagnostic.Error(
                DiagnosticCodes.IncludedProfileNotFound,
                pathLocation,
                $"The included profile '{path}' does not exist (looked for {full}). Paths are relative to the profile that names them."));
        }

        var table = TomlProfileReader.ReadFile(full, pathLocation);
        if (includes is not null)
        {
            includes[full] = table;
        }

        return table;
    }

    public static SourceLocation LocationOf(ProfileTable table, string key) =>
        table.TryGetField(key, out var field) ? field.Value.Location : table.Location;
}
