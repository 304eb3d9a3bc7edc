using MSBuildTask = Microsoft.Build.Utilities.Task;
using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Isolation;
using Tasker.MSBuild.Isolation;
using Tasker.MSBuild.Logging;
using Tasker.Requests;

namespace Tasker.MSBuild;

/// <summary>
/// Runs the <c>TaskerProfile</c> items of a project, in order, with task types from the project's output
/// assembly. An adapter only: MSBuild inputs become an engine call (in this node or in the out-of-process host),
/// engine events become MSBuild log calls.
/// </summary>
public sealed class RunTaskerPipelines : MSBuildTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The profile files to run, in order. Metadata <c>Isolation</c> overrides <see cref="Isolation"/> for one profile.</summary>
    [Required]
    public ITaskItem[] Profiles { get; set; } = [];

    /// <summary>The project's output assembly, where task types are looked up first.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>
    /// The project being built (MSBuildProjectFullPath); the Terminal Logger shows a result only in a line that
    /// starts with its name. The task's own node knows only the targets file that calls it.
    /// </summary>
    public string? ProjectFile { get; set; }

    /// <summary>The project's intermediate folder (IntermediateOutputPath), for the pipelines' build context.</summary>
    public string? IntermediateDirectory { get; set; }

    /// <summary>The build's Configuration, for the pipelines' build context.</summary>
    public string? Configuration { get; set; }

    /// <summary>The build's TargetFramework, for the pipelines' build context.</summary>
    public string? TargetFramework { get; set; }

    /// <summary>The properties named in TaskerProperties: one item per name, its value in the metadata <c>Value</c>.</summary>
    public ITaskItem[] BuildProperties { get; set; } = [];

    /// <summary>The project's copy-local dependencies, used to load what the output assembly references.</summary>
    public ITaskItem[] DependencyPaths { get; set; } = [];

    /// <summary>Where persistent storages keep their files by default.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>The result cache's folder (TaskerCacheDirectory); empty: <c>tasker-cache</c> in <see cref="StateDirectory"/>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The most the result cache keeps (TaskerCacheSizeLimit): bytes or a size such as 500MB or 2GB; empty: 1 GiB.</summary>
    public string? CacheSizeLimit { get; set; }

    /// <summary>
    /// Where to write the list of every profile file the pipelines read; the targets use it as inputs of the
    /// next build, so a change to an included file reruns the pipelines.
    /// </summary>
    public string? InputListFile { get; set; }

    /// <summary>
    /// Where to write the names of the environment variables the pipelines' <c>$E</c> values read; the targets
    /// keep a hash of their values, so the next build reruns the pipelines when one of them changes.
    /// </summary>
    public string? EnvironmentListFile { get; set; }

    /// <summary>
    /// Where to write the <c>inputs</c> patterns the profiles declared (absolute files and globs, one per line); the
    /// targets expand them in the next build, so a changed, new or deleted matching file reruns the pipelines.
    /// </summary>
    public string? DeclaredInputListFile { get; set; }

    /// <summary>Where to write the <c>outputs</c> patterns the profiles declared: cleaned by <c>dotnet clean</c>, and a missing one reruns the pipelines.</summary>
    public string? DeclaredOutputListFile { get; set; }

    /// <summary>The time limit of each pipeline (TaskerTimeout): seconds, or a number with a unit (90s, 5m).</summary>
    public string? Timeout { get; set; }

    /// <summary>The project's TreatWarningsAsErrors, which the SDK gives only to the compiler.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's NoWarn: these codes are never promoted (MSBuild then drops them).</summary>
    public string? NoWarn { get; set; }

    /// <summary>The project's WarningsNotAsErrors: these codes stay warnings under TreatWarningsAsErrors.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary><c>auto</c> (default), <c>process</c> or <c>none</c>: where pipelines run (MSBuild's <c>TaskerIsolation</c>).</summary>
    public string? Isolation { get; set; }

    /// <summary>TaskerSecrets: environment variable names whose values Tasker masks, besides *_TOKEN, *_KEY, *_SECRET and *PASSWORD*.</summary>
    public string? Secrets { get; set; }

    /// <summary>
    /// TaskerOnly: the only entries that run, separated by <c>;</c> — a position (from 1), a profile name or a task
    /// name, or a fork's or map's branch as <c>ENTRY[branch]</c>. Empty runs every entry.
    /// </summary>
    public string? Only { get; set; }

    /// <summary>TaskerFrom: the entry the run starts at (a position, profile name or task name); the entries before it do not run.</summary>
    public string? From { get; set; }

    /// <summary>TaskerSkip: entries (or <c>ENTRY[branch]</c> branches) that do not run, separated by <c>;</c>.</summary>
    public string? Skip { get; set; }

    /// <summary>The project's <c>FrameworkReference</c> items: a shared framework beyond Microsoft.NETCore.App needs the host.</summary>
    public ITaskItem[] FrameworkReferences { get; set; } = [];

    /// <summary>The project's <c>TargetFrameworkIdentifier</c>, for the host's runtime.</summary>
    public string? TargetFrameworkIdentifier { get; set; }

    /// <summary>The project's <c>TargetFrameworkVersion</c> (such as <c>v10.0</c>), for the host's runtime.</summary>
    public string? TargetFrameworkVersion { get; set; }

    /// <summary>Where the host's generated runtimeconfig.json goes (the intermediate folder).</summary>
    public string? HostRuntimeConfigPath { get; set; }

    /// <summary>The host assembly; by default the one shipped next to the task.</summary>
    public string? HostAssemblyPath { get; set; }

    /// <summary>The dotnet executable that starts the host; by default <c>DOTNET_HOST_PATH</c>.</summary>
    public string? DotNetHostPath { get; set; }

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    // The item's Timeout metadata wins over the TaskerTimeout property.
    private bool TryReadCacheSizeLimit(MSBuildPipelineEvents events, string firstProfile, out long? limit)
    {
        limit = null;
        if (string.IsNullOrWhiteSpace(CacheSizeLimit))
        {
            return true;
        }

        if (ByteSizeParser.TryParse(CacheSizeLimit, out var bytes))
        {
            limit = bytes;
            return true;
        }

        events.Report(Diagnostic.Error(
            DiagnosticCodes.InvalidCacheSizeLimit,
            SourceLocation.OfFile(ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode ?? firstProfile),
            $"TaskerCacheSizeLimit is '{CacheSizeLimit}', which is not a size. Write {ByteSizeParser.Syntax}, or leave it empty for 1 GiB."));
        return false;
    }

    private bool TryReadTimeout(ITaskItem profile, string path, MSBuildPipelineEvents events, out TimeSpan? timeout)
    {
        timeout = null;
        var text = profile.GetMetadata("Timeout");
        var source = "the Timeout metadata of this TaskerProfile";
        if (string.IsNullOrWhiteSpace(text))
        {
            text = Timeout;
            source = "TaskerTimeout";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DurationParser.TryParse(text, out var parsed))
        {
            timeout = parsed;
            return true;
        }

        events.Report(Diagnostic.Error(
            DiagnosticCodes.InvalidBuildSetting,
            SourceLocation.OfFile(path),
            $"'{text}' is not a valid value for {source}: use {DurationParser.Syntax}."));
        return false;
    }

    private static string[] ListOf(string? value) =>
        [.. (value ?? string.Empty).Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim()).Where(item => item.Length > 0)];

    private static void WriteLines(string? file, IEnumerable<string> lines)
    {
        if (string.IsNullOrEmpty(file))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllLines(file, lines);
    }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Profiles.Length == 0)
        {
            return true;
        }

        var events = new MSBuildPipelineEvents(Log, new WarningPromotion(TreatWarningsAsErrors, NoWarn, WarningsNotAsErrors), BuildEngine);
        var firstProfile = Profiles[0].GetMetadata("FullPath");
        if (!File.Exists(AssemblyPath))
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed,
                SourceLocation.OfFile(firstProfile),
                $"The project's output assembly '{AssemblyPath}' does not exist, so no task can be loaded. Build the project before running its pipelines."));
            return false;
        }

        var dependencies = DependencyPaths.Select(item => item.GetMetadata("FullPath")).ToList();
        var selector = new IsolationSelector(Isolation, [.. FrameworkReferences.Select(item => item.ItemSpec)], BuildEngine?.ProjectFileOfTaskNode ?? firstProfile, AssemblyPath, events);
        var inputFiles = new SortedSet<string>(StringComparer.Ordinal);
        var environmentVariables = new SortedSet<string>(StringComparer.Ordinal);
        var declaredInputs = new SortedSet<string>(StringComparer.Ordinal);
        var declaredOutputs = new SortedSet<string>(StringComparer.Ordinal);
        var results = new List<PipelineResult>();
        if (!ValidBuildPropertyNames(events, firstProfile) || !TryReadCacheSizeLimit(events, firstProfile, out var cacheSizeLimit))
        {
            return false;
        }

        var build = BuildContextFor();
        try
        {
            using var pipelines = new IsolatedPipelines(HostSetupFor(), _cancellation.Token, launch => StartedHosts.Take(BuildEngine, ProjectFile, TargetFramework, launch));
            foreach (var profile in Profiles)
            {
                var path = profile.GetMetadata("FullPath");
                var continueOnError = IsTrue(profile.GetMetadata("ContinueOnError"));
                if (_cancellation.IsCancellationRequested || !TryReadTimeout(profile, path, events, out var timeout) || selector.ModeFor(profile) is not { } mode)
                {
                    break;
                }

                var request = new HostRequest
                {
                    ProfilePath = path,
                    AssemblyPath = Path.GetFullPath(AssemblyPath),
                    DependencyPaths = dependencies,
                    StateDirectory = StateDirectory is null ? null : Path.GetFullPath(StateDirectory),
                    CacheDirectory = string.IsNullOrWhiteSpace(CacheDirectory) ? null : Path.GetFullPath(CacheDirectory),
                    CacheSizeLimit = cacheSizeLimit,
                    Timeout = timeout,
                    Build = build,
                    SecretNames = [.. (Secrets ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim()).Where(name => name.Length > 0)],
                    SelectFrom = string.IsNullOrWhiteSpace(From) ? null : From!.Trim(),
                    SelectOnly = ListOf(Only),
                    SelectSkip = ListOf(Skip),
                };
                IPipelineEvents profileEvents = continueOnError ? new ErrorsAsWarningsPipelineEvents(events) : events;
                events.TakeWarningTreatedAsError();
                var result = pipelines.Run(mode, request, profileEvents, new MSBuildPipelineProgress(profileEvents, events.TakeWarningTreatedAsError));
                inputFiles.UnionWith(result.InputFiles);
                environmentVariables.UnionWith(result.EnvironmentVariables);
                declaredInputs.UnionWith(result.DeclaredInputs);
                declaredOutputs.UnionWith(result.DeclaredOutputs);
                results.Add(result);
                if (!result.Succeeded && !continueOnError)
                {
                    break;
                }
            }

            WriteLines(InputListFile, inputFiles);
            WriteLines(EnvironmentListFile, environmentVariables);
            WriteLines(DeclaredInputListFile, declaredInputs);
            WriteLines(DeclaredOutputListFile, declaredOutputs);
            ShowUnderTerminalLogger(results, firstProfile);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Log.LogError(null, DiagnosticCodes.PipelineCancelled.Code, null, firstProfile, 0, 0, 0, 0, "The pipeline was cancelled with the build.");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            // A bug of ours must still end as a diagnostic, never as MSB4018 with a stack trace on the console.
            Log.LogError(null, DiagnosticCodes.BuildIntegrationFailed.Code, null, firstProfile, 0, 0, 0, 0, Diagnostic.Flatten($"Tasker failed unexpectedly: {exception.GetType().Name}: {exception.Message}"));
            Log.LogMessage(MessageImportance.Low, exception.ToString());
        }

        return !Log.HasLoggedErrors;
    }

    private void ShowUnderTerminalLogger(IReadOnlyList<PipelineResult> results, string firstProfile)
    {
        if (TerminalLoggerOutput.IsEnabled
            && TerminalLoggerOutput.OutputLine(ProjectFile ?? BuildEngine?.ProjectFileOfTaskNode ?? firstProfile, Path.GetFullPath(AssemblyPath), results) is { } line)
        {
            Log.LogMessage(MessageImportance.High, line);
        }
    }

    private bool ValidBuildPropertyNames(MSBuildPipelineEvents events, string firstProfile)
    {
        var valid = true;
        foreach (var property in BuildProperties.Where(property => IsTrue(property.GetMetadata("Invalid"))))
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.InvalidBuildSetting,
                SourceLocation.OfFile(ProjectFile ?? firstProfile),
                $"'{property.ItemSpec}' in TaskerProperties is not an MSBuild property name: list names of properties (letters, digits, '_' and '-'), separated by ';', such as <TaskerProperties>Version;RepositoryUrl</TaskerProperties>."));
            valid = false;
        }

        return valid;
    }

    private BuildContext BuildContextFor()
    {
        var assembly = Path.GetFullPath(AssemblyPath);
        var projectFile = string.IsNullOrEmpty(ProjectFile) ? null : Path.GetFullPath(ProjectFile);
        var projectDirectory = projectFile is null ? null : Path.GetDirectoryName(projectFile);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in BuildProperties.Where(property => !IsTrue(property.GetMetadata("Invalid"))))
        {
            properties[property.ItemSpec] = property.GetMetadata("Value");
        }

        return new BuildContext
        {
            ProjectFile = projectFile,
            ProjectDirectory = projectDirectory,
            OutputAssembly = assembly,
            OutputDirectory = Path.GetDirectoryName(assembly),
            IntermediateDirectory = string.IsNullOrEmpty(IntermediateDirectory)
                ? null
                : Path.GetFullPath(Path.Combine(projectDirectory ?? string.Empty, IntermediateDirectory!.Replace('\\', Path.DirectorySeparatorChar))).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
            Configuration = string.IsNullOrEmpty(Configuration) ? null : Configuration,
            TargetFramework = string.IsNullOrEmpty(TargetFramework) ? null : TargetFramework,
            Properties = properties,
        };
    }

    private HostSetup HostSetupFor() =>
        HostSetup.For(TargetFrameworkIdentifier, TargetFrameworkVersion, [.. FrameworkReferences.Select(item => item.ItemSpec)], HostRuntimeConfigPath, StateDirectory, HostAssemblyPath, DotNetHostPath);
}
