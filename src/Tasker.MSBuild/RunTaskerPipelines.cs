using Microsoft.Build.Framework;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Hosting;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Tasker.MSBuild;

/// <summary>
/// Runs the <c>TaskerProfile</c> items of a project, in order, with task types from the project's output
/// assembly. An adapter only: MSBuild inputs become an engine call, engine events become MSBuild log calls.
/// </summary>
public sealed class RunTaskerPipelines : MSBuildTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The profile files to run, in order.</summary>
    [Required]
    public ITaskItem[] Profiles { get; set; } = [];

    /// <summary>The project's output assembly, where task types are looked up first.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The project's copy-local dependencies, used to load what the output assembly references.</summary>
    public ITaskItem[] DependencyPaths { get; set; } = [];

    /// <summary>Where persistent storages keep their files by default.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>
    /// Where to write the list of every profile file the pipelines read; the targets use it as inputs of the
    /// next build, so a change to an included file reruns the pipelines.
    /// </summary>
    public string? InputListFile { get; set; }

    /// <summary>The time limit of each pipeline (TaskerTimeout): seconds, or a number with a unit (90s, 5m).</summary>
    public string? Timeout { get; set; }

    /// <summary>The project's TreatWarningsAsErrors, which the SDK gives only to the compiler.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The project's NoWarn: these codes are never promoted (MSBuild then drops them).</summary>
    public string? NoWarn { get; set; }

    /// <summary>The project's WarningsNotAsErrors: these codes stay warnings under TreatWarningsAsErrors.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    // The item's Timeout metadata wins over the TaskerTimeout property.
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

    private void WriteInputList(IEnumerable<string> inputFiles)
    {
        if (string.IsNullOrEmpty(InputListFile))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(InputListFile))!);
        File.WriteAllLines(InputListFile, inputFiles);
    }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Profiles.Length == 0)
        {
            return true;
        }

        var events = new MSBuildPipelineEvents(Log, new WarningPromotion(TreatWarningsAsErrors, NoWarn, WarningsNotAsErrors));
        var firstProfile = Profiles[0].GetMetadata("FullPath");
        if (!File.Exists(AssemblyPath))
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed,
                SourceLocation.OfFile(firstProfile),
                $"The project's output assembly '{AssemblyPath}' does not exist, so no task can be loaded. Build the project before running its pipelines."));
            return false;
        }

        ConsumerAssemblyLoadContext? context = null;
        var inputFiles = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            context = new ConsumerAssemblyLoadContext(AssemblyPath, DependencyPaths.Select(item => item.GetMetadata("FullPath")));
            var catalog = new TaskCatalog(context.SearchOrder());
            foreach (var profile in Profiles)
            {
                var path = profile.GetMetadata("FullPath");
                var continueOnError = IsTrue(profile.GetMetadata("ContinueOnError"));
                if (!TryReadTimeout(profile, path, events, out var timeout))
                {
                    break;
                }

                var options = new PipelineOptions(path, catalog, continueOnError ? new ErrorsAsWarningsPipelineEvents(events) : events)
                {
                    StateDirectory = StateDirectory,
                    CancellationToken = _cancellation.Token,
                    Timeout = timeout,
                };
                var result = PipelineRunner.Run(options);
                inputFiles.UnionWith(result.InputFiles);
                if (!result.Succeeded && !continueOnError)
                {
                    break;
                }
            }

            WriteInputList(inputFiles);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Log.LogError(null, DiagnosticCodes.PipelineCancelled.Code, null, firstProfile, 0, 0, 0, 0, "The pipeline was cancelled with the build.");
        }
        catch (BadImageFormatException exception)
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed,
                SourceLocation.OfFile(firstProfile),
                $"The project's output assembly '{AssemblyPath}' cannot be loaded: {exception.Message}"));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not StackOverflowException)
        {
            // A bug of ours must still end as a diagnostic, never as MSB4018 with a stack trace on the console.
            Log.LogError(null, DiagnosticCodes.BuildIntegrationFailed.Code, null, firstProfile, 0, 0, 0, 0, Diagnostic.Flatten($"Tasker failed unexpectedly: {exception.GetType().Name}: {exception.Message}"));
            Log.LogMessage(MessageImportance.Low, exception.ToString());
        }
        finally
        {
            context?.Unload();
        }

        return !Log.HasLoggedErrors;
    }
}
