using Tasker.AssemblyLoading;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Hosting;
using Tasker.Isolation;

namespace Tasker.MSBuild.InProcess;

/// <summary>
/// Runs pipelines in the MSBuild node itself, with the project's assembly in a collectible context that is
/// unloaded when the task ends. Not in the .NET Framework build of the task, which cannot load the engine.
/// </summary>
internal sealed class InProcessPipelines(CancellationToken cancellationToken) : IDisposable
{
    private ConsumerTaskCatalog? _catalog;

    /// <summary>Runs one pipeline; every request of a task invocation names the same assembly, loaded on the first.</summary>
    public HostPipelineResult Run(HostRequest request, IPipelineEvents events)
    {
        _catalog ??= new ConsumerTaskCatalog(request.AssemblyPath, request.DependencyPaths);
        if (_catalog.Load(request.ProfilePath, events) is not { } catalog)
        {
            return HostPipelineResult.NotRun(request.ProfilePath);
        }

        var options = new PipelineOptions(request.ProfilePath, catalog, events)
        {
            StateDirectory = request.StateDirectory,
            CancellationToken = cancellationToken,
            Timeout = request.Timeout,
        };
        return PipelineRunner.Run(options).ToHost();
    }

    public void Dispose() => _catalog?.Dispose();
}
