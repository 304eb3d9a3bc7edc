using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles.Schemas;

namespace Tasker.Containers;

/// <summary>
/// The keys of a container's table (the Python docs' schemas), described once with the <see cref="Definition"/> model
/// tasks use: <c>ForkTask</c>, <c>MapTask</c> and <c>ReduceTask</c> return them from <c>Define()</c> (so templates and the
/// JSON Schema show them), and <see cref="ContainerProfileReader"/> checks a table against them with the tasks' validator.
/// </summary>
internal static class ContainerTables
{
    public const string WorkerKey = "worker";
    public const string TasksKey = "tasks";

    /// <summary>The keys of a fork's <c>[[tasks]]</c> entry, one per branch.</summary>
    public static readonly IReadOnlyList<Definition> Branch =
    [
        .. LauncherTables.LocatingKeys("the branch's"),
        Definition.Value(LauncherTables.ExecuteKey, typeof(bool), true, "Whether the branch runs."),
        Definition.Value(LauncherTables.MaxRetriesKey, typeof(long), (long)MetaEntry.DefaultMaxRetries, "How often the branch may ask for a retry (default: its [[__meta__]] entry's max_retries)."),
        .. DeclaredFilesReader.Definitions("the branch's"),
    ];

    /// <summary>A fork's table.</summary>
    public static readonly IReadOnlyList<Definition> Fork =
    [
        Worker(),
        Reference(),
        Definition.ArrayOfTables(TasksKey, Branch, "One entry per branch: [[tasks]] with 'profile = \"name\"' (or 'include = true' and 'path')."),
        .. DeclaredFilesReader.Definitions("each branch's"),
    ];

    /// <summary>A map's or reduce's table: one task, run over the last fork's branches.</summary>
    public static readonly IReadOnlyList<Definition> Single =
    [
        Worker(),
        Reference(),
        .. LauncherTables.LocatingKeys("the task's"),
        .. DeclaredFilesReader.Definitions("each branch's"),
    ];

    /// <summary>
    /// How a container table's problems are coded: as the containers', the result cache's keys as TSK7001. Its tables
    /// are branch tables, and the keys the reader evaluates may be typed strings.
    /// </summary>
    public static readonly TableRules Rules = new(DiagnosticCodes.ContainerProfileInvalid, DiagnosticCodes.ContainerProfileInvalid, DiagnosticCodes.UnknownContainerKey, "the container")
    {
        TableOf = string.Empty,
        OwnCodeKeys = DeclaredFilesReader.Keys,
        OwnCode = DiagnosticCodes.InvalidCacheDeclaration,
        EvaluatedLater = [WorkerKey, LauncherTables.IncludeKey, LauncherTables.PathKey, LauncherTables.ProfileKey, LauncherTables.ExecuteKey, LauncherTables.MaxRetriesKey],
        TablesAreForTheTask = true,
    };

    private static Definition Worker() =>
        Definition.Value(WorkerKey, typeof(long), 0L, "Branches run at once, 0 to 4096; 0 means one per core.");

    private static Definition Reference() =>
        Definition.Value(LauncherTables.ReferenceKey, typeof(string), description: "The full name of the task run in every branch; fill it in (left empty, it is error TSK0027).");
}
