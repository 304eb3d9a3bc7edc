using Tasker.AssemblyLoading;
using Tasker.TaskLookup;

namespace Tasker.Cli.Loading;

/// <summary>The task types a command can use, and the load context that holds them until disposed.</summary>
internal sealed class TaskTypes(TaskCatalog catalog, ConsumerAssemblyLoadContext? context, string? stateDirectory = null) : IDisposable
{
    public TaskCatalog Catalog { get; } = catalog;

    /// <summary>Where the project's build keeps persistent storage, so a run from the command line shares it; null: next to the profile.</summary>
    public string? StateDirectory { get; } = stateDirectory;

    public void Dispose() => context?.Unload();
}
