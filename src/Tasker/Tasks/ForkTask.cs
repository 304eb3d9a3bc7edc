using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Launcher;
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

    public override IEnumerable<Definition> Define() =>
    [
        Definition.Value("worker", typeof(long), 0L, "Branches run at once; 0 means one per core."),
        Definition.Value("reference", typeof(string), description: "The full name of the task run in every branch; fill it in (left empty, it is error TSK0027)."),
        Definition.ArrayOfTables(
            "tasks",
            [
                Definition.Value("include", typeof(bool), false, "Read the branch's table from the file named by 'path'."),
                Definition.Value("path", typeof(string), string.Empty, "The included profile, relative to this one."),
                Definition.Value("profile", typeof(string), string.Empty, "The branch's table (and its id)."),
                Definition.Value("execute", typeof(bool), true, "Whether the branch runs."),
                Definition.Value("max_retries", typeof(long), (long)MetaEntry.DefaultMaxRetries, "How often the branch may ask for a retry."),
            ],
            "One entry per branch."),
    ];

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
