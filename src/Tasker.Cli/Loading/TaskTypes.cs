using Tasker.Hosting;
using Tasker.TaskLookup;

namespace Tasker.Cli.Loading;

/// <summary>The task types a command can use, held until disposed.</summary>
internal sealed class TaskTypes(TaskSet tasks, string? stateDirectory = null) : IDisposable
{
    public TaskSet Tasks { get; } = tasks;

    public TaskCatalog Catalog => Tasks.Catalog;

    /// <summary>Where the project's build keeps persistent storage, so a run from the command line shares it; null: next to the profile.</summary>
    public string? StateDirectory { get; } = stateDirectory;

    public void Dispose() => Tasks.Dispose();
}
