using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Hosting;
using Tasker.Isolation;


namespace Tasker.Host;

/// <summary>
/// Runs the requests of one task invocation with the same engine as in-process runs. The process is fresh and
/// ends with the build step, so the project's assembly is loaded once, for every request that names it.
/// </summary>
internal sealed class HostSession(ProtocolWriter protocol) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private string? _assemblyPath;
    private TaskSet? _tasks;

    public void Run(HostRequest request)
    {
        var events = new ProtocolEvents(protocol);
        var result = PipelineResult.NotRun(request.ProfilePath);
        try
        {
            if (_cancellation.IsCancellationRequested)
            {
                protocol.Write(HostEvent.Finished(result));
                return;
            }

            if (TasksFor(request, events) is { } tasks)
            {
                result = Engine.Run(BuildRequests.Options(request, events, events, _cancellation.Token), tasks);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of ours must still end as a diagnostic and a finished run, so the task reports it and goes on.
            events.Report(Diagnostic.Error(DiagnosticCodes.BuildIntegrationFailed, SourceLocation.OfFile(request.ProfilePath), $"Tasker's host failed unexpectedly: {exception.GetType().Name}: {exception.Message}"));
            events.Message(MessageLevel.Detail, exception.ToString());
        }

        protocol.Write(HostEvent.Finished(result));
    }

    /// <summary>The build was cancelled: the running pipeline stops as it would in process, and no other starts.</summary>
    public void Cancel() => _cancellation.Cancel();

    public void Dispose()
    {
        _tasks?.Dispose();
        _cancellation.Dispose();
    }

    /// <summary>The tasks of the request's assembly, loaded once for every request that names it; null after reporting why they cannot load.</summary>
    private TaskSet? TasksFor(HostRequest request, IPipelineEvents events)
    {
        if (_tasks is not null && string.Equals(_assemblyPath, request.AssemblyPath, StringComparison.Ordinal))
        {
            return _tasks;
        }

        _tasks?.Dispose();
        _tasks = null;
        try
        {
            _tasks = TaskSet.Load(request.AssemblyPath, request.DependencyPaths, SourceLocation.OfFile(request.ProfilePath), "Build the project before running its pipelines.");
            _assemblyPath = request.AssemblyPath;
        }
        catch (DiagnosticException exception)
        {
            events.Report(exception.Diagnostic);
        }

        return _tasks;
    }
}
