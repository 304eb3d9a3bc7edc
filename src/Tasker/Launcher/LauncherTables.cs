using Tasker.Diagnostics;
using Tasker.Profiles.Schemas;
using Tasker.Requests;
using Tasker.Storage;

namespace Tasker.Launcher;

/// <summary>
/// The launcher's keys, described once with the <see cref="Definition"/> model tasks use: the reader checks a
/// <c>[[__meta__]]</c> entry against them with the tasks' validator, and the JSON Schema and the README's lists follow
/// them. The keys that locate a table (<c>include</c>, <c>path</c>, <c>profile</c>) and the result cache's keys are
/// shared with the containers' tables.
/// </summary>
internal static class LauncherTables
{
    public const string MetaKey = "__meta__";
    public const string SettingKey = "__setting__";
    public const string SchemaKey = SchemaValidator.SchemaKey;

    public const string ReferenceKey = "reference";
    public const string IncludeKey = "include";
    public const string PathKey = "path";
    public const string ProfileKey = "profile";
    public const string ExecuteKey = "execute";
    public const string MaxRetriesKey = "max_retries";
    public const string TimeoutKey = "timeout";

    public const string StorageKey = "storage";
    public const string OptionsKey = "kwargs";
    public const string LogKey = "log";
    public const string LevelKey = "level";
    public const string StdoutKey = "stdout";

    public const string NameKey = "__name__";
    public const string AuthorKey = "__author__";
    public const string VersionKey = "__version__";
    public const string EmailKey = "__email__";
    public const string AbstractKey = "__abstract__";

    /// <summary>The log levels <c>[__setting__.log] level</c> takes, as the Python docs write them.</summary>
    public static readonly string[] LogLevelNames = ["TRACE", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];

    /// <summary>The top-level keys of a launcher profile that describe the pipeline; all optional strings.</summary>
    public static readonly IReadOnlyList<Definition> Header =
    [
        Definition.Value(SchemaKey, typeof(string), description: "\"Tasker.Launcher\" (or \"tasker.launcher.Launcher\") for a launcher profile; a task's name for that task's own profile.", required: false),
        .. new[] { NameKey, AuthorKey, VersionKey, EmailKey, AbstractKey }.Select(key => Definition.Value(key, typeof(string), description: "Printed before the tasks run.", required: false)),
    ];

    /// <summary>The <c>[__setting__.storage]</c> table.</summary>
    public static readonly Definition Storage = Definition.Table(
        StorageKey,
        [
            Definition.Value(ReferenceKey, typeof(string), StorageFactory.MemoryStorageName, "The shared storage."),
            Definition.Table(OptionsKey, [], "Options of the storage.", required: false),
        ],
        required: false);

    /// <summary>The <c>[__setting__.log]</c> table.</summary>
    public static readonly Definition Log = Definition.Table(
        LogKey,
        [
            Definition.Value(LevelKey, typeof(string), LogLevelNames[0], $"The lowest log level reported: {string.Join(", ", LogLevelNames[..^1])} or {LogLevelNames[^1]}."),
            Definition.Value(StdoutKey, typeof(bool), description: "Accepted for the Python version's profiles; ignored.", required: false),
        ],
        required: false);

    /// <summary>The <c>[__setting__]</c> table.</summary>
    public static readonly Definition Setting = Definition.Table(SettingKey, [Storage, Log], "The pipeline's storage and log settings.", required: false);

    /// <summary>The keys of a <c>[[__meta__]]</c> entry.</summary>
    public static readonly IReadOnlyList<Definition> Entry =
    [
        Definition.Value(ReferenceKey, typeof(string), description: "The task: a type's full name (\"Namespace.TaskType\"), optionally with constructor arguments (\"Some.Task$T$a,b\")."),
        .. LocatingKeys("the task's"),
        Definition.Value(ExecuteKey, typeof(bool), true, "false skips the entry (nothing of it is resolved)."),
        Definition.Value(MaxRetriesKey, typeof(long), (long)MetaEntry.DefaultMaxRetries, "How many times Return.Retry may re-invoke the task."),
        Definition.Value(TimeoutKey, typeof(object), description: $"How long the task may run: {DurationParser.Syntax}.", required: false),
        .. DeclaredFilesReader.Definitions("the entry's (a fork's or map's: each branch's)"),
    ];

    /// <summary>
    /// How the header's, <c>[__setting__]</c>'s and an entry's problems are coded: as the launcher's, the result
    /// cache's keys as TSK7001, the ignored logging keys as TSK0028 (the reader says why they are ignored).
    /// </summary>
    public static readonly TableRules Rules = new(DiagnosticCodes.MissingLauncherKey, DiagnosticCodes.WrongLauncherValueType, DiagnosticCodes.UnknownLauncherKey, "Tasker")
    {
        TableOf = string.Empty,
        OwnCodeKeys = DeclaredFilesReader.Keys,
        OwnCode = DiagnosticCodes.InvalidCacheDeclaration,
        OwnUnknownKeys = [LogKey],

        // Tasker reads the launcher's tables as written: "3$I" is not a number of retries.
        TypedStrings = false,
    };

    /// <summary><c>include</c>, <c>path</c> and <c>profile</c>: where the table given to a task is.</summary>
    public static Definition[] LocatingKeys(string whose) =>
    [
        Definition.Value(IncludeKey, typeof(bool), false, $"true: {whose} table is the whole file at 'path'."),
        Definition.Value(PathKey, typeof(string), description: $"With include = true: the profile file holding {whose} table, relative to this one.", required: false),
        Definition.Value(ProfileKey, typeof(string), description: $"With include = false: the name of {whose} table (none: an empty table).", required: false),
    ];

    /// <summary>The names of <paramref name="definitions"/>, for did-you-mean lists.</summary>
    public static string[] Names(IReadOnlyList<Definition> definitions) => [.. definitions.Select(definition => definition.Name)];
}
