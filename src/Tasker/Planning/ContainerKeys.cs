namespace Tasker.Planning;

/// <summary>
/// What a container does to the storage, as its check found it, for the dataflow check: to the keys outside its
/// branches (a fork or map nothing, a reduce its accumulators), and in each branch (the keys its task reads there,
/// writes there and removes there). Either is <see langword="null"/> when it cannot be known before the run.
/// </summary>
internal sealed record ContainerKeys(TaskDeclarations? OutsideBranches, TaskDeclarations? InEachBranch)
{
    public static ContainerKeys Unknown { get; } = new(null, null);
}
