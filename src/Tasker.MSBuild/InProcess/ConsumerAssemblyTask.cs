using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;
using Tasker.AssemblyLoading;
using Tasker.Diagnostics;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.MSBuild;

/// <summary>
/// What the template and schema tasks share: load the project's output assembly into a collectible context, build
/// the task catalog the pipelines use, hand it to the engine, and turn every problem into a diagnostic.
/// </summary>
public abstract class ConsumerAssemblyTask : MSBuildTask
{
    /// <summary>The project's output assembly, where task types are looked up first.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The project's copy-local dependencies, used to load what the output assembly references.</summary>
    public ITaskItem[] DependencyPaths { get; set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var events = new MSBuildPipelineEvents(Log, WarningPromotion.None);
        var project = SourceLocation.OfFile(BuildEngine?.ProjectFileOfTaskNode ?? string.Empty);
        if (!File.Exists(AssemblyPath))
        {
            events.Report(Diagnostic.Error(
                DiagnosticCodes.AssemblyLoadFailed,
                project,
                $"The project's output assembly '{AssemblyPath}' does not exist, so no task can be found. Build the project first."));
            return false;
        }

        ConsumerAssemblyLoadContext? context = null;
        try
        {
            context = new ConsumerAssemblyLoadContext(AssemblyPath, DependencyPaths.Select(item => item.GetMetadata("FullPath")));
            Run(BuiltInTasks.CatalogWith(context.SearchOrder()), events, project);
        }
        catch (DiagnosticException exception)
        {
            events.Report(exception.Diagnostic);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            events.Report(Diagnostic.Error(FailureCode, project, $"{exception.GetType().Name}: {exception.Message}"));
        }
        finally
        {
            context?.Unload();
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The code for a failure to write the result.</summary>
    private protected abstract DiagnosticDescriptor FailureCode { get; }

    /// <summary>The engine call; problems are reported to <paramref name="events"/> or thrown as diagnostics.</summary>
    private protected abstract void Run(TaskCatalog catalog, MSBuildPipelineEvents events, SourceLocation project);
}
