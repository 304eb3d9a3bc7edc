namespace Tasker.Hosting;

/// <summary>
/// What a fork, map or reduce would run: its kind (<c>fork</c>, <c>map</c>, <c>reduce</c>), its task, its workers
/// (0: one per core), a fork's branch ids, and the table a map or reduce passes each branch's task.
/// </summary>
internal sealed record PlanContainer(string Kind, string Reference, int Workers, IReadOnlyList<string> Branches)
{
    public IReadOnlyList<PlanValue> TaskTable { get; init; } = [];

    /// <summary>What the container's task does in each branch; <see langword="null"/> when only the run can tell.</summary>
    public PlanBranchKeys? InEachBranch { get; init; }
}
