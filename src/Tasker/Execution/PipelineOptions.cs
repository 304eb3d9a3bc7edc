using Tasker.Events;

namespace Tasker.Execution;

/// <summary>What a host hands the engine to run one profile.</summary>
internal sealed record PipelineOptions(string ProfilePath, TaskCatalog Catalog, IPipelineEvents Events)
{
    /// <summary>Where persistent storages keep their files by default (the project's intermediate folder in a build).</summary>
    public string? StateDirectory { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
