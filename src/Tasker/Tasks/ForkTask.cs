using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Profiles;

namespace Tasker.Tasks;

/// <summary>
/// Runs one instance of the referenced task per <c>[[tasks]]</c> entry, on up to <c>worker</c> threads at once. Each
/// branch writes what it provides into its own branch of the storage, named by the entry's profile (or its
/// position), for <see cref="MapTask"/> and <see cref="ReduceTask"/> to use.
/// </summary>
internal sealed class ForkTask : ContainerTask
{
    public override ForkBranchUse BranchUse => ForkBranchUse.Makes;

    public override IEnumerable<Definition> Define() => ContainerTables.Fork;

    // A selection that names branches (--only split[b2]) narrows the fork to them, as if the others had 'execute = false'.
    protected override ContainerPlan? Read(ContainerSource source, ICollection<Diagnostic> diagnostics)
    {
        var plan = ContainerProfileReader.ReadFork(source, diagnostics);
        return plan is not null && source.Branches is { } selection
            ? plan with { Branches = selection.Filter(plan.Branches, branch => branch.Id, source.Entry.Location, diagnostics) }
            : plan;
    }

    protected override IEnumerable<ProfileTable> TablesOfTask(ContainerPlan plan) => plan.Branches.Select(branch => branch.Table);

    protected override TaskOutcome Run(ContainerContext context, ContainerPlan plan)
    {
        ForkBranches.Start(context.Backend, plan.Branches.Select(branch => branch.Id));
        return RunInParallel(context, plan, plan.Branches);
    }
}
