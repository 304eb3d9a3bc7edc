using Tasker.Diagnostics;

namespace Tasker.Planning;

/// <summary>
/// What the planner needs of a built-in task that runs other tasks (fork, map, reduce): a check of its own profile
/// table (its task reference, branches and their tables) before anything runs. The container implements it; the
/// planner depends only on this, never on the containers themselves.
/// </summary>
internal interface IContainerCheck : ITask
{
    /// <summary>The storage key under which a fork lists its branches (a persistent storage keeps it between runs).</summary>
    const string ForkBranchListKey = "__fork__";

    /// <summary>
    /// Checks the container's table and returns what the container does to the storage, for the dataflow check:
    /// outside its branches a fork or map does nothing (its tasks write into the branches) and a reduce provides its
    /// reducer's accumulators; in each branch its task reads, writes and removes what it declares. Either is
    /// <see langword="null"/> when it cannot be known before the run (the table does not read, or the task's keys
    /// depend on a value known only then).
    /// </summary>
    ContainerKeys Check(ContainerSource source, ICollection<Diagnostic> diagnostics);

    /// <summary>Whether the container makes fork branches or runs over the last fork's, for the check of a selective run.</summary>
    ForkBranchUse BranchUse { get; }
}
