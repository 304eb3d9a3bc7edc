using Microsoft.Build.Framework;
using Tasker.Diagnostics;
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

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        if (Profiles.Length == 0)
        {
            return true;
        }

        var events = new MSBuildPipelineEvents(Log);
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
        try
        {
            context = new ConsumerAssemblyLoadContext(AssemblyPath, DependencyPaths.Select(item => item.GetMetadata("FullPath")));
            var catalog = new TaskCatalog(context.SearchOrder());
            foreach (var profile in Profiles)
            {
                var options = new PipelineOptions(profile.GetMetadata("FullPath"), catalog, events)
                {
                    StateDirectory = StateDirectory,
                    CancellationToken = _cancellation.Token,
                };
                if (!PipelineRunner.Run(options).Succeeded)
                {
                    break;
                }
            }
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
