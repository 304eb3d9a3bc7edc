namespace Tasker.Execution.Containers;

/// <summary>
/// A built-in task that runs other tasks (fork, map, reduce). The runner recognises it and hands it the engine's
/// services through a <see cref="ContainerContext"/> instead of calling <see cref="ITask.Invoke"/>.
/// </summary>
internal interface IContainerTask : ITask
{
    /// <summary>
    /// Checks the container's own profile table (its task reference, branches and their tables) before anything runs,
    /// and returns what the container does to the keys outside its branches, for the dataflow check: a fork or map
    /// does nothing there (its tasks write into the branches); a reduce provides its reducer's accumulators.
    /// <see langword="null"/> when that cannot be known before the run (the table does not read, or the reducer's
    /// keys depend on a value known only then).
    /// </summary>
    TaskDeclarations? Check(ContainerSource source, ICollection<Diagnostics.Diagnostic> diagnostics);

    /// <summary>Runs the branches; the outcome fails when any branch failed.</summary>
    TaskOutcome Run(ContainerContext context);
}
