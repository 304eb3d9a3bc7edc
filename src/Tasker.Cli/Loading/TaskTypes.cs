using Tasker.Execution;
using Tasker.Hosting;

namespace Tasker.Cli.Loading;

/// <summary>The task types a command can use, and the load context that holds them until disposed.</summary>
internal sealed class TaskTypes(TaskCatalog catalog, ConsumerAssemblyLoadContext? context) : IDisposable
{
    public TaskCatalog Catalog { get; } = catalog;

    public void Dispose() => context?.Unload();
}
