namespace Tasker.Diagnostics;

/// <summary>
/// Every code the engine and its hosts report. Ranges: TSK0xxx reading a profile, TSK1xxx finding tasks,
/// TSK2xxx running tasks, TSK3xxx storage, TSK4xxx containers, TSK5xxx the build integration, TSK6xxx the command line.
/// The README's diagnostics table lists the same codes; a test keeps the two in step.
/// </summary>
internal static class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor ProfileNotFound = new("TSK0001", "The profile file does not exist or cannot be read.");
    public static readonly DiagnosticDescriptor TomlSyntax = new("TSK0002", "The profile is not valid TOML.");
    public static readonly DiagnosticDescriptor NoMetaEntries = new("TSK0003", "The profile has no [[__meta__]] entries.");
    public static readonly DiagnosticDescriptor WrongLauncherValueType = new("TSK0004", "A launcher key has a value of the wrong type.");
    public static readonly DiagnosticDescriptor MissingLauncherKey = new("TSK0005", "A [[__meta__]] entry lacks a required key.");
    public static readonly DiagnosticDescriptor ProfileTableNotFound = new("TSK0006", "The table named by an entry's profile key does not exist.");
    public static readonly DiagnosticDescriptor IncludedProfileNotFound = new("TSK0007", "The file named by an entry's path key does not exist.");
    public static readonly DiagnosticDescriptor UnknownStorage = new("TSK0008", "The storage reference names no known storage.");
    public static readonly DiagnosticDescriptor UnknownLauncherKey = new("TSK0009", "A launcher key is not known (warning).");

    public static readonly DiagnosticDescriptor InvalidTypedValue = new("TSK0010", "A typed value's text is not of its suffix's kind.");
    public static readonly DiagnosticDescriptor CodeSuffixRejected = new("TSK0011", "A value uses $X or $L, which ran code in the Python version.");
    public static readonly DiagnosticDescriptor EnvironmentVariableUnset = new("TSK0012", "A $E value names an unset environment variable and gives no default.");
    public static readonly DiagnosticDescriptor ValueProfileNotFound = new("TSK0013", "The file named by a $P value does not exist or cannot be read.");
    public static readonly DiagnosticDescriptor IncludeCycle = new("TSK0014", "$P values include each other in a cycle.");
    public static readonly DiagnosticDescriptor ValueTypeNotFound = new("TSK0015", "The type named by a $R, $T or $M value was not found.");
    public static readonly DiagnosticDescriptor ValueMethodNotFound = new("TSK0016", "A $M value names no public static method that takes its arguments.");
    public static readonly DiagnosticDescriptor ValueMethodThrew = new("TSK0017", "The method called by a $M value threw an exception.");
    public static readonly DiagnosticDescriptor ValueConstructorMismatch = new("TSK0018", "A $T value or reference gives arguments no public constructor takes.");
    public static readonly DiagnosticDescriptor ValueTaskCreationFailed = new("TSK0019", "A $T value names a type that is not a task or whose constructor threw.");

    public static readonly DiagnosticDescriptor SchemaMissingKey = new("TSK0020", "A task's profile table lacks a key its schema requires.");
    public static readonly DiagnosticDescriptor SchemaWrongType = new("TSK0021", "A profile value has another type than the task's schema says.");
    public static readonly DiagnosticDescriptor SchemaWrongElementType = new("TSK0022", "An array element has another type than the task's schema says.");
    public static readonly DiagnosticDescriptor SchemaUnknownKey = new("TSK0023", "A profile key is not in the task's schema (warning).");
    public static readonly DiagnosticDescriptor SchemaUnreadable = new("TSK0024", "A task's Define() threw, returned null or held a null definition, so its schema cannot be read.");
    public static readonly DiagnosticDescriptor UnknownLauncherSchema = new("TSK0025", "The launcher's __schema__ names something other than the launcher (warning).");
    public static readonly DiagnosticDescriptor IncludedSchemaMismatch = new("TSK0026", "An included task profile's __schema__ names another task than its entry (warning).");
    public static readonly DiagnosticDescriptor EmptyReference = new("TSK0027", "A reference names no task (it is empty, as a template leaves it).");
    public static readonly DiagnosticDescriptor IgnoredLogSetting = new("TSK0028", "A [__setting__.log] key of the Python version (handlers, formatters, files...) is ignored (warning).");

    public static readonly DiagnosticDescriptor CodeNotOfferedToProfiles = new("TSK0040", "A $M or $T value names code outside the project's assemblies and the built-in tasks that is not marked [TaskerProfileMethod].");

    public static readonly DiagnosticDescriptor ProfileFileRefused = new("TSK0041", "A profile, included or $P file is not a regular file (a pipe, a device, a socket) or is larger than 16 MiB; it is not read.");
    public static readonly DiagnosticDescriptor UnknownBuildFact = new("TSK0050", "A $C value names neither a build fact nor a property listed in TaskerProperties.");
    public static readonly DiagnosticDescriptor BuildFactUnknownInThisRun = new("TSK0051", "A $C value names a build fact this run does not know (no project build gives it).");

    public static readonly DiagnosticDescriptor DataflowKeyNotProvided = new("TSK0030", "A task requires a storage key that no earlier task provides.");
    public static readonly DiagnosticDescriptor DataflowKeyRemoved = new("TSK0031", "A task requires a storage key that an earlier task removed.");

    public static readonly DiagnosticDescriptor TemplateFailed = new("TSK0600", "A task template could not be written.");
    public static readonly DiagnosticDescriptor JsonSchemaFailed = new("TSK0601", "The profile JSON Schema could not be written.");
    public static readonly DiagnosticDescriptor TemplateReferenceMissing = new("TSK0602", "TaskerTemplate was run without TaskerTemplateReference.");
    public static readonly DiagnosticDescriptor LeftOutOfJsonSchema = new("TSK0603", "A task is left out of the JSON Schema: it cannot be created or describe its profile (warning).");

    public static readonly DiagnosticDescriptor UnknownTaskReference = new("TSK1001", "No type has the referenced name.");
    public static readonly DiagnosticDescriptor NotATask = new("TSK1002", "The referenced type does not implement Tasker.ITask.");
    public static readonly DiagnosticDescriptor NoParameterlessConstructor = new("TSK1003", "The referenced type has no public parameterless constructor.");
    public static readonly DiagnosticDescriptor TaskTypeLoadFailed = new("TSK1004", "The referenced type or one of its dependencies could not be loaded.");
    public static readonly DiagnosticDescriptor AssemblyLoadFailed = new("TSK1005", "The project's output assembly could not be loaded.");
    public static readonly DiagnosticDescriptor UnusableReference = new("TSK1006", "A reference or type name is empty or contains a control character (such as NUL).");

    public static readonly DiagnosticDescriptor TaskReturnedError = new("TSK2001", "A task returned Return.Error.");
    public static readonly DiagnosticDescriptor TaskThrew = new("TSK2002", "A task threw an exception.");
    public static readonly DiagnosticDescriptor RetriesExhausted = new("TSK2003", "A task kept returning Return.Retry past max_retries.");
    public static readonly DiagnosticDescriptor UndefinedReturnValue = new("TSK2004", "A task returned a value that is not a combination of Return flags.");
    public static readonly DiagnosticDescriptor TaskLoggedError = new("TSK2005", "A task logged an error (the pipeline fails).");
    public static readonly DiagnosticDescriptor TaskLoggedWarning = new("TSK2006", "A task logged a warning.");
    public static readonly DiagnosticDescriptor ProfileValueError = new("TSK2007", "A task read a profile key that is missing or has another type.");
    public static readonly DiagnosticDescriptor TaskConstructorThrew = new("TSK2008", "A task's constructor threw an exception.");
    public static readonly DiagnosticDescriptor EntryTimedOut = new("TSK2009", "A task ran longer than its entry's timeout.");
    public static readonly DiagnosticDescriptor NullStorageKeyDeclared = new("TSK2010", "A task's Require(), Provide() or Remove() returned null or a null key.");

    public static readonly DiagnosticDescriptor UndeclaredStorageAccess = new("TSK3001", "A task used a storage key it did not declare.");
    public static readonly DiagnosticDescriptor StorageKeyMissing = new("TSK3002", "A task read a storage key that holds no value.");
    public static readonly DiagnosticDescriptor StorageValueWrongType = new("TSK3003", "A storage value has another type than the one asked for.");
    public static readonly DiagnosticDescriptor StoragePersistenceFailed = new("TSK3004", "The storage could not be loaded or dumped.");
    public static readonly DiagnosticDescriptor StorageValueNotSerializable = new("TSK3010", "A storage value cannot be written as JSON (the dump is not written).");
    public static readonly DiagnosticDescriptor StorageFileUnreadable = new("TSK3011", "The persistent storage's file is not valid storage JSON.");
    public static readonly DiagnosticDescriptor StorageFileRefused = new("TSK3020", "The JSON storage file is not a regular file (a pipe, a device, a socket) or is larger than 1 GiB; it is neither read nor written.");
    public static readonly DiagnosticDescriptor StorageOptionInvalid = new("TSK3012", "A [__setting__.storage.kwargs] option is unknown or has the wrong type.");

    public static readonly DiagnosticDescriptor ContainerProfileInvalid = new("TSK4001", "A container's profile key is missing or has the wrong type.");
    public static readonly DiagnosticDescriptor ContainerInContainer = new("TSK4002", "A container references another container task.");
    public static readonly DiagnosticDescriptor NoForkBranches = new("TSK4003", "MapTask or ReduceTask found no fork branches.");
    public static readonly DiagnosticDescriptor EnvironmentValueInvalid = new("TSK4004", "A SetEnvironmentTask value is a table, an array or contains NUL, or its key is empty or contains '=' or NUL.");
    public static readonly DiagnosticDescriptor StorageKeyTaskKeyMissing = new("TSK4005", "A storage key task (copy, move, delete) lacks its keys.");
    public static readonly DiagnosticDescriptor InvalidFunctionTask = new("TSK4006", "A referenced method cannot be a function task.");
    public static readonly DiagnosticDescriptor UnknownContainerKey = new("TSK4007", "A container's table or [[tasks]] entry has an unknown key (warning).");

    public static readonly DiagnosticDescriptor BuildIntegrationFailed = new("TSK5001", "The build integration itself failed (a bug: please report it).");
    public static readonly DiagnosticDescriptor PipelineCancelled = new("TSK5002", "The pipeline was cancelled by its host (the build, Ctrl+C).");
    public static readonly DiagnosticDescriptor PipelineTimedOut = new("TSK5003", "The pipeline ran longer than TaskerTimeout.");
    public static readonly DiagnosticDescriptor InvalidBuildSetting = new("TSK5004", "A Tasker property or TaskerProfile metadata has an invalid value.");

    // Reported by the package's .targets, before any task of ours runs.
    public static readonly DiagnosticDescriptor TargetNeedsSdkMSBuild = new("TSK5005", "TaskerTemplate or TaskerSchema was run by an MSBuild that is not the .NET SDK's (Visual Studio, msbuild.exe).");
    public static readonly DiagnosticDescriptor TargetNeedsOneFramework = new("TSK5006", "TaskerTemplate or TaskerSchema was run on a multi-targeted project without a TargetFramework.");
    public static readonly DiagnosticDescriptor FrameworkCannotRunTasker = new("TSK5007", "The project builds for a framework where Tasker cannot run (netstandard, .NET Framework, .NET before 8); reported once, before compiling.");

    public static readonly DiagnosticDescriptor HostEnded = new("TSK5101", "A task ended the out-of-process host (Environment.Exit, a crash or a stack overflow).");
    public static readonly DiagnosticDescriptor HostStartFailed = new("TSK5102", "The out-of-process host could not be started.");
    public static readonly DiagnosticDescriptor UnknownIsolationMode = new("TSK5103", "TaskerIsolation or an Isolation metadata value is not auto, process or none.");
    public static readonly DiagnosticDescriptor InProcessUnavailable = new("TSK5104", "In-process isolation was asked for where MSBuild cannot run the engine; the host is used (warning).");
    public static readonly DiagnosticDescriptor InProcessCrash = new("TSK5105", "An unhandled exception ends the MSBuild node after Tasker ran pipelines in it; TaskerIsolation=process confines such a crash to the host.");
    public static readonly DiagnosticDescriptor InProcessExit = new("TSK5110", "The MSBuild process ended while a Tasker pipeline ran in it (a task called Environment.Exit); the build fails, and TaskerIsolation=process confines such a task to the host.");
    public static readonly DiagnosticDescriptor CliProjectNotFound = new("TSK6001", "The project given with --project does not exist.");
    public static readonly DiagnosticDescriptor CliProjectAmbiguous = new("TSK6002", "Several project files could hold the task classes; pass --project.");
    public static readonly DiagnosticDescriptor CliNoProject = new("TSK6003", "No project file was found, so only built-in tasks are available (warning).");
    public static readonly DiagnosticDescriptor CliBuildFailed = new("TSK6004", "The project could not be built.");
    public static readonly DiagnosticDescriptor CliEvaluationFailed = new("TSK6005", "The project could not be evaluated to find its output assembly.");
    public static readonly DiagnosticDescriptor CliFrameworkNotTargeted = new("TSK6010", "The framework given with --framework is not one the project targets.");
    public static readonly DiagnosticDescriptor CliCancelled = new("TSK6007", "The command was cancelled (Ctrl+C).");
    public static readonly DiagnosticDescriptor CliFailed = new("TSK6099", "The tasker tool failed unexpectedly (a bug: please report it).");

    public static readonly DiagnosticDescriptor InvalidCacheDeclaration = new("TSK7001", "An entry's, container's or branch's 'cache', 'inputs' or 'outputs' key has a value of the wrong kind.");
    public static readonly DiagnosticDescriptor CacheEntryDamaged = new("TSK7002", "A result cache entry is damaged; it counts as a miss and the entry runs (warning).");
    public static readonly DiagnosticDescriptor CacheValueUnwritable = new("TSK7003", "A value a cacheable entry provided cannot be written as JSON, so the entry is not cached (warning).");
    public static readonly DiagnosticDescriptor CacheUnavailable = new("TSK7004", "The result cache folder cannot be read or written; the run goes on without it (warning).");
    public static readonly DiagnosticDescriptor InvalidPartition = new("TSK7005", "--partition is not of the form I/N with 1 <= I <= N.");
    public static readonly DiagnosticDescriptor PartitionNotCacheable = new("TSK7006", "A partitioned run met a fork or map that is not cacheable, so all its branches run (warning).");
    public static readonly DiagnosticDescriptor CacheOutputMissing = new("TSK7007", "A cacheable entry did not leave a declared output, so its result is not cached (warning).");
    public static readonly DiagnosticDescriptor InvalidCacheSizeLimit = new("TSK7008", "TaskerCacheSizeLimit or --cache-size is not a size.");
    public static readonly DiagnosticDescriptor ReduceNotCached = new("TSK7009", "A reduce, or its entry, sets 'cache = true', but a reduce is never cached: it runs in every run (warning).");
    public static readonly DiagnosticDescriptor EntrySelectorUnknown = new("TSK7030", "An entry named by --from, --only, --skip or TaskerOnly/TaskerFrom/TaskerSkip is not in the profile.");
    public static readonly DiagnosticDescriptor EntrySelectorAmbiguous = new("TSK7031", "An entry selector's name fits several entries; name one by position or profile name.");
    public static readonly DiagnosticDescriptor SelectedEntryKeyNotProvided = new("TSK7032", "A selected entry requires a storage key (or a fork's branches) that only an entry left out of the selection provides.");
    public static readonly DiagnosticDescriptor SelectedBranchUnknown = new("TSK7033", "A selector's [branch] names no branch of the entry, or the entry is not a fork, map or reduce.");
    public static readonly DiagnosticDescriptor EntrySelectorInvalid = new("TSK7034", "A selection is empty, names a branch with --from, selects an entry with execute = false, or leaves nothing to run.");

    public static IEnumerable<DiagnosticDescriptor> All =>
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(member => member.GetValue(null))
            .OfType<DiagnosticDescriptor>();
}
