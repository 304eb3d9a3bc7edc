using Microsoft.Extensions.Logging;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Profiles;
using Tasker.Profiles.Schemas;
using Tasker.Requests;

namespace Tasker.Launcher;

/// <summary>
/// Checks the launcher part of a profile (header, <c>[__setting__]</c>, <c>[[__meta__]]</c>) and reports every
/// problem at its place, so that a profile with mistakes never starts running.
/// </summary>
internal static class LauncherProfileReader
{
    public const string MetaKey = LauncherTables.MetaKey;
    public const string SettingKey = LauncherTables.SettingKey;

    /// <summary>The names a launcher profile's <c>__schema__</c> may give: ours and the Python docs'.</summary>
    public static readonly string[] LauncherSchemas = ["Tasker.Launcher", "tasker.launcher.Launcher"];

    internal static readonly string[] HeaderKeys = LauncherTables.Names(LauncherTables.Header);
    private static readonly string[] LogKeys = LauncherTables.Names(LauncherTables.Log.Children);

    // Pairs, not a dictionary of string to LogLevel: that is generic code no precompiled image holds, compiled just in
    // time in every process that reads a profile.
    private static readonly (string Name, LogLevel Level)[] LogLevels =
    [
        ("TRACE", LogLevel.Trace),
        ("DEBUG", LogLevel.Debug),
        ("INFO", LogLevel.Information),
        ("INFORMATION", LogLevel.Information),
        ("WARNING", LogLevel.Warning),
        ("WARN", LogLevel.Warning),
        ("ERROR", LogLevel.Error),
        ("CRITICAL", LogLevel.Critical),
        ("FATAL", LogLevel.Critical),
        ("NONE", LogLevel.None),
    ];

    /// <summary>Reads the launcher profile; returns <see langword="null"/> when an error was reported.</summary>
    public static LauncherProfile? Read(ProfileTable root, string file, ICollection<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        foreach (var definition in LauncherTables.Header)
        {
            if (root.TryGetField(definition.Name, out var field))
            {
                SchemaValidator.CheckValue(definition, field.Value, LauncherTables.Rules, diagnostics);
            }
        }

        var header = new PipelineHeader(
            StringOf(root, LauncherTables.SchemaKey),
            StringOf(root, LauncherTables.NameKey),
            StringOf(root, LauncherTables.AuthorKey),
            StringOf(root, LauncherTables.VersionKey),
            StringOf(root, LauncherTables.EmailKey),
            StringOf(root, LauncherTables.AbstractKey));

        if (header.Schema is { } schema && !LauncherSchemas.Contains(schema, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UnknownLauncherSchema,
                LocationOf(root, LauncherTables.SchemaKey),
                $"A launcher profile's __schema__ should be \"{LauncherSchemas[0]}\" (or the Python docs' \"{LauncherSchemas[1]}\"), not \"{schema}\"; it is ignored. A task's name belongs in a [[__meta__]] entry's reference.{Suggestions.DidYouMean(schema, LauncherSchemas)}"));
        }

        foreach (var field in root.Fields)
        {
            if (field.Key.StartsWith("__", StringComparison.Ordinal) && field.Key.EndsWith("__", StringComparison.Ordinal)
                && field.Key is not MetaKey and not SettingKey && !HeaderKeys.Contains(field.Key))
            {
                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.UnknownLauncherKey,
                    field.KeyLocation,
                    $"Unknown launcher key '{field.Key}'; it is ignored.{Suggestions.DidYouMean(field.Key, [.. HeaderKeys, MetaKey, SettingKey])}"));
            }
        }

        var settings = ReadSettings(root, file, diagnostics);
        var entries = ReadEntries(root, file, diagnostics);
        return diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore
            ? null
            : new LauncherProfile(file, root, header, settings, entries);
    }

    private static LogLevel? LevelNamed(string name)
    {
        foreach (var (levelName, level) in LogLevels)
        {
            if (string.Equals(levelName, name, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return null;
    }

    private static LauncherSettings ReadSettings(ProfileTable root, string file, ICollection<Diagnostic> diagnostics)
    {
        var settings = LauncherSettings.Default(file);
        if (!root.TryGetField(SettingKey, out var settingField))
        {
            return settings;
        }

        // Types and unknown keys as a task's table is checked; what a type cannot say (the log level's name) here.
        SchemaValidator.CheckValue(LauncherTables.Setting, settingField.Value, LauncherTables.Rules, diagnostics);
        if (settingField.Value.Raw is not ProfileTable setting)
        {
            return settings;
        }

        if (TableOf(setting, LauncherTables.StorageKey) is { } storage)
        {
            if (storage.TryGetField(LauncherTables.ReferenceKey, out var referenceField) && referenceField.Value.Raw is string reference)
            {
                settings = settings with { Storage = settings.Storage with { Reference = reference, Location = referenceField.Value.Location } };
            }

            settings = settings with { Storage = settings.Storage with { Options = TableOf(storage, LauncherTables.OptionsKey) } };
        }

        if (TableOf(setting, LauncherTables.LogKey) is { } log)
        {
            WarnIgnoredLogKeys(log, diagnostics);
            if (log.TryGetField(LauncherTables.LevelKey, out var levelField) && levelField.Value.Raw is string levelName)
            {
                if (LevelNamed(levelName) is { } level)
                {
                    settings = settings with { MinimumLogLevel = level };
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(
                        DiagnosticCodes.WrongLauncherValueType,
                        levelField.Value.Location,
                        $"Unknown log level '{levelName}'. Use one of {string.Join(", ", LauncherTables.LogLevelNames)}.{Suggestions.DidYouMean(levelName.ToUpperInvariant(), LogLevels.Select(pair => pair.Name))}"));
                }
            }
        }

        return settings;
    }

    private static string? StringOf(ProfileTable table, string key) =>
        table.TryGetValue(key, out var raw) ? raw as string : null;

    private static ProfileTable? TableOf(ProfileTable table, string key) =>
        table.TryGetValue(key, out var raw) ? raw as ProfileTable : null;

    // The Python version passed this table to its logging setup; here a task's logger reports into the host's log, so
    // handlers, formatters and files have no meaning. Saying so beats silently dropping what a user configured.
    private static void WarnIgnoredLogKeys(ProfileTable log, ICollection<Diagnostic> diagnostics)
    {
        foreach (var field in log.Fields.Where(field => !LogKeys.Contains(field.Key)))
        {
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.IgnoredLogSetting,
                field.KeyLocation,
                $"'{field.Key}' in [__setting__.log] is ignored: task logs go to the log of the host that runs the pipeline, not to Python logging handlers, formatters or files. Keep only 'level' (and 'stdout'); to keep a log in a file, use the host's own file logging (dotnet's -fl or -bl, or a redirect of the tasker tool's output).{Suggestions.DidYouMean(field.Key, LogKeys)}"));
        }
    }

    private static List<MetaEntry> ReadEntries(ProfileTable root, string file, ICollection<Diagnostic> diagnostics)
    {
        var entries = new List<MetaEntry>();
        if (!root.TryGetField(MetaKey, out var metaField))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.NoMetaEntries,
                new SourceLocation(file, 1, 1),
                "The profile has no [[__meta__]] entries, so there is nothing to run. Add a [[__meta__]] table with at least 'reference = \"Namespace.TaskType\"'."));
            return entries;
        }

        if (metaField.Value.Raw is not ProfileArray { IsArrayOfTables: true } array)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.WrongLauncherValueType,
                metaField.KeyLocation,
                $"'{MetaKey}' must be an array of tables written as [[__meta__]], not a {ProfileValue.DescribeType(metaField.Value.Raw)}."));
            return entries;
        }

        // Sized up front: a list grown to 10,000 entries ends in an array on the large object heap, which costs a
        // full collection; one of exactly 10,000 does not.
        entries.Capacity = array.Items.Count;
        for (var index = 0; index < array.Items.Count; index++)
        {
            var table = (ProfileTable)array.Items[index].Raw;
            if (ReadEntry(index, table, diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static MetaEntry? ReadEntry(int index, ProfileTable table, ICollection<Diagnostic> diagnostics)
    {
        // Types, the required reference and unknown keys are checked as a task's table is; what remains is what a
        // type cannot say (a count's range, a duration's syntax, the files' patterns).
        SchemaValidator.Validate(table, LauncherTables.Entry, "this [[__meta__]] entry", LauncherTables.Rules, diagnostics);
        var reference = StringOf(table, LauncherTables.ReferenceKey);
        var include = table.TryGetValue(LauncherTables.IncludeKey, out var raw) && raw is true;
        var path = StringOf(table, LauncherTables.PathKey);
        var profileName = StringOf(table, LauncherTables.ProfileKey);
        var execute = !table.TryGetValue(LauncherTables.ExecuteKey, out raw) || raw is not false;
        var maxRetries = ReadInteger(table, LauncherTables.MaxRetriesKey, diagnostics, minimum: 0) ?? MetaEntry.DefaultMaxRetries;
        var timeout = ReadDuration(table, LauncherTables.TimeoutKey, diagnostics);
        var cache = DeclaredFilesReader.ReadCache(table) ?? false;
        var inputs = DeclaredFilesReader.ReadPatterns(table, DeclaredFilesReader.InputsKey, diagnostics);
        var outputs = DeclaredFilesReader.ReadPatterns(table, DeclaredFilesReader.OutputsKey, diagnostics);

        if (include && string.IsNullOrEmpty(path))
        {
            diagnostics.Add(TableLocator.IncludeWithoutPath(LocationOf(table, LauncherTables.IncludeKey), DiagnosticCodes.MissingLauncherKey));
        }

        if (reference is not null && EmptyReference.IsEmpty(reference))
        {
            diagnostics.Add(EmptyReference.Error(LocationOf(table, LauncherTables.ReferenceKey), "the task's type"));
            return null;
        }

        if (reference is null)
        {
            return null;
        }

        return new MetaEntry(
            index,
            table.Location,
            reference,
            LocationOf(table, LauncherTables.ReferenceKey),
            include,
            path,
            LocationOf(table, LauncherTables.PathKey),
            profileName,
            LocationOf(table, LauncherTables.ProfileKey),
            execute,
            maxRetries,
            timeout,
            table)
        {
            Cache = cache,
            Inputs = inputs,
            Outputs = outputs,
        };
    }

    internal static SourceLocation LocationOf(ProfileTable table, string key) =>
        table.TryGetField(key, out var field) ? field.Value.Location : table.Location;

    // The validator has checked the type; a whole number out of range is this reader's to report.
    private static int? ReadInteger(ProfileTable table, string key, ICollection<Diagnostic> diagnostics, int minimum)
    {
        if (!table.TryGetField(key, out var field) || field.Value.Raw is not long number)
        {
            return null;
        }

        if (number >= minimum && number <= int.MaxValue)
        {
            return (int)number;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.WrongLauncherValueType,
            field.Value.Location,
            $"'{key}' must be a whole number of at least {minimum}, not {Describe(number)}."));
        return null;
    }

    private static TimeSpan? ReadDuration(ProfileTable table, string key, ICollection<Diagnostic> diagnostics) =>
        !table.TryGetField(key, out _) ? null : TryRead(table, key, $"a positive duration ({DurationParser.Syntax})", diagnostics, static (object raw, out TimeSpan value) =>
        {
            var text = raw switch
            {
                long seconds => seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                double seconds => seconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                string written => written,
                _ => null,
            };
            return DurationParser.TryParse(text, out value);
        }, out var duration) ? duration : null;

    // One place decides what an absent key and a value of the wrong kind mean for every launcher key.
    private static bool TryRead<T>(ProfileTable table, string key, string expected, ICollection<Diagnostic> diagnostics, ValueReader<T> read, out T value)
    {
        value = default!;
        if (!table.TryGetField(key, out var field))
        {
            return false;
        }

        if (read(field.Value.Raw, out value))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.WrongLauncherValueType,
            field.Value.Location,
            $"'{key}' must be {expected}, not {Describe(field.Value.Raw)}."));
        return false;
    }

    private static string Describe(object raw) =>
        raw is string or long or double or bool ? $"the {ProfileValue.DescribeType(raw)} {FormatScalar(raw)}" : $"a {ProfileValue.DescribeType(raw)}";

    private static string FormatScalar(object raw) => raw switch
    {
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => raw.ToString() ?? string.Empty,
    };
}
