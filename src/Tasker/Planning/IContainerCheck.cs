using Tasker.Diagnostics;

namespace Tasker.Planning;

/// <summary>
/// What the planner needs of a built-in task that runs other tasks (fork, map, reduce): a check of its own profile
/// table (its task reference, branches and their tables) before anything runs. The container implements it; the
/// planner depends only on this, never on the containers themselves.
/// </summary>
internal interface IContainerCheck : ITask
{
    /// <summary>
    /// Checks the container's table and returns what the container does to the keys outside its branches, for the
    /// dataflow check: a fork or map does nothing there (its tasks write into the branches); a reduce provides its
    /// reducer's accumulators. <see langword="null"/> when that cannot be known before the run (the table does not
    /// read, or the reducer's keys depend on a value known only then).
    /// </summary>
    TaskDeclarations? Check(ContainerSource source, ICollection<Diagnostic> diagnostics);
}
