using Microsoft.Extensions.Logging;
using Tasker.Events;
using Tasker.Planning;
using Tasker.Storage;

namespace Tasker.Execution;

/// <summary>The engine services a container uses to run its branches: storage, events, log level and cancellation.</summary>
internal sealed record ContainerContext(
    ContainerSource Source,
    IStorageBackend Backend,
    IPipelineEvents Events,
    LogLevel MinimumLogLevel,
    CancellationToken CancellationToken)
{
    /// <summary>Told how many branches are done, so a host can show a fork's progress; <see langword="null"/> when nobody watches.</summary>
    public IPipelineProgress? Progress { get; init; }

    /// <summary>The result cache and the run's counts, for cacheable branches; <see langword="null"/> outside a pipeline run (tests).</summary>
    public StepCaching? Caching { get; init; }
}
