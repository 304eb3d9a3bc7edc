using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;

namespace Tasker.Tasks;

/// <summary>
/// Runs a fresh instance of the referenced task in every branch of the last fork, on up to <c>worker</c> threads
/// at once. The task reads that branch's keys, and the keys it writes belong to that branch.
/// </summary>
internal sealed class MapTask : ContainerTask
{
    public override ForkBranchUse BranchUse => ForkBranchUse.RunsOver;

    public override IEnumerable<Definition> Define() => ContainerTables.Single;

    protected override ContainerPlan? Read(ContainerSource source, ICollection<Diagnostic> diagnostics) =>
        ContainerProfileReader.ReadSingle(source, diagnostics);

    protected override TaskOutcome Run(ContainerContext context, ContainerPlan plan)
    {
        return ForkedBranches(context, plan, "MapTask") is { } branches
            ? RunInParallel(context, plan, branches)
            : new TaskOutcome(Return.Error, Failed: true);
    }
}
