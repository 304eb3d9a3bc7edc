using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Hosting;
using Tasker.Isolation;

namespace Tasker.MSBuild.InProcess;

/// <summary>
/// Runs pipelines in the MSBuild node itself, with the project's assembly in a collectible context that is
/// unloaded when the task ends. Not in the .NET Framework build of the task, which cannot load the engine.
/// </summary>
internal sealed class InProcessPipelines(CancellationToken cancellationToken) : IDisposable
{
    private TaskSet? _tasks;

    /// <summary>Runs one pipeline; every request of a task invocation names the same assembly, loaded on the first.</summary>
    public PipelineResult Run(HostRequest request, IPipelineEvents events, IPipelineProgress progress)
    {
        try
        {
            _tasks ??= TaskSet.Load(request.AssemblyPath, request.DependencyPaths, SourceLocation.OfFile(request.ProfilePath), "Build the project before running its pipelines.");
        }
        catch (DiagnosticException exception)
        {
            events.Report(exception.Diagnostic);
            return PipelineResult.NotRun(request.ProfilePath);
        }

        InProcessCrashNotice.Watch(request.ProfilePath);
        using var exitWatch = InProcessExitWatch.Begin(progress, request.ProfilePath);
        return Engine.Run(BuildRequests.Options(request, events, exitWatch, cancellationToken), _tasks);
    }

    public void Dispose() => _tasks?.Dispose();
}
