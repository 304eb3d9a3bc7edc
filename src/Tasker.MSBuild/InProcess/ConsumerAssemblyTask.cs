using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;
using Tasker.Diagnostics;
using Tasker.Hosting;

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

    /// <summary>
    /// The project being built (MSBuildProjectFullPath): project-level diagnostics point at it, and the Terminal Logger
    /// matches its name. Without it, the file MSBuild says the task runs in, which is the package's .targets file.
    /// </summary>
    public string? ProjectFile { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var events = new MSBuildPipelineEvents(Log, WarningPromotion.None);
        var project = SourceLocation.OfFile(string.IsNullOrEmpty(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode ?? string.Empty : ProjectFile!);
        TaskSet? tasks = null;
        try
        {
            tasks = TaskSet.Load(AssemblyPath, DependencyPaths.Select(item => item.GetMetadata("FullPath")), project, "Build the project first.");
            Run(tasks, events, project);
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
            tasks?.Dispose();
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The code for a failure to write the result.</summary>
    private protected abstract DiagnosticDescriptor FailureCode { get; }

    /// <summary>The engine call; problems are reported to <paramref name="events"/> or thrown as diagnostics.</summary>
    private protected abstract void Run(TaskSet tasks, MSBuildPipelineEvents events, SourceLocation project);
}
