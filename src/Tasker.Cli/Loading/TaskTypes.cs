using Tasker.Hosting;

namespace Tasker.Cli.Loading;

/// <summary>The task types a command can use, held until disposed.</summary>
internal sealed class TaskTypes(TaskSet tasks, string? stateDirectory = null, BuildContext? build = null) : IDisposable
{
    public TaskSet Tasks { get; } = tasks;


    /// <summary>Where the project's build keeps persistent storage, so a run from the command line shares it; null: next to the profile.</summary>
    public string? StateDirectory { get; } = stateDirectory;

    /// <summary>The build context the pipelines see: a project's facts, or only the output of <c>--assembly</c>; none without either.</summary>
    public BuildContext? Build { get; } = build;

    public void Dispose() => Tasks.Dispose();
}
