using Microsoft.Extensions.Logging;
using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Planning;
using Tasker.Profiles;

namespace Tasker.Tasks;

/// <summary>What fork, map and reduce share: they run inside the engine (through <see cref="IContainerRun.Run"/>), never on their own.</summary>
internal abstract class ContainerTask : IContainerCheck, IContainerRun
{
    // What this instance's check read, when the run would read the same: the run then uses it as it is. A fork of
    // 10,000 branches is otherwise read and checked twice.
    private (ContainerSource Source, ContainerPlan Plan)? _checked;

    public Return Invoke(Profile profile, IStorage shared, ILogger logger) =>
        throw new InvalidOperationException($"{GetType().Name} runs branches and needs the pipeline's engine; reference it from a [[__meta__]] entry instead of invoking it directly.");

    public abstract IEnumerable<Definition> Define();

    public abstract ForkBranchUse BranchUse { get; }

    public ContainerKeys Check(ContainerSource source, ICollection<Diagnostic> diagnostics)
    {
        if (Read(source, diagnostics) is not { } plan)
        {
            return ContainerKeys.Unknown;
        }

        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var inEachBranch = BranchTableCheck.Check(TablesOfTask(plan), plan.Activator, plan.Reference, plan.ReferenceLocation, source.Catalog, diagnostics);
        if (diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore)
        {
            return ContainerKeys.Unknown;
        }

        _checked = plan.ReadsTheSameAtRunTime ? (source, plan) : null;
        var outside = KeysOutsideBranches(source, plan);
        return new ContainerKeys(outside, inEachBranch is null ? null : KeysInEachBranch(inEachBranch, outside));
    }

    /// <summary>
    /// What the task does in each branch, from what it declares (<paramref name="declared"/>): everything, for a fork's or
    /// map's task. A reduce overrides this: its accumulators are outside the branches.
    /// </summary>
    protected virtual TaskDeclarations? KeysInEachBranch(TaskDeclarations declared, TaskDeclarations? outside) => declared;

    /// <summary>The tables the container gives its task: a map's or reduce's one table (a fork overrides this with its branches').</summary>
    protected virtual IEnumerable<ProfileTable> TablesOfTask(ContainerPlan plan) => [plan.TaskTable];

    /// <summary>A fork or map writes only into the branches (see <see cref="IContainerCheck.Check"/>).</summary>
    protected virtual TaskDeclarations? KeysOutsideBranches(ContainerSource source, ContainerPlan plan) => new([], [], [], []);

    public TaskOutcome Run(ContainerContext context)
    {
        if (_checked is { } read && IsSamePlace(read.Source, context.Source))
        {
            return Run(context, read.Plan);
        }

        var diagnostics = new List<Diagnostic>();
        var plan = Read(context.Source with { AtRunTime = true }, diagnostics);

        // Warnings were reported when the plan was checked; errors now can only come from files changed since.
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.IsError))
        {
            context.Events.Report(diagnostic);
        }

        return plan is null ? new TaskOutcome(Return.Error, Failed: true) : Run(context, plan);
    }

    protected abstract ContainerPlan? Read(ContainerSource source, ICollection<Diagnostic> diagnostics);

    private static bool IsSamePlace(ContainerSource checkedSource, ContainerSource source) =>
        ReferenceEquals(checkedSource.Entry, source.Entry)
        && ReferenceEquals(checkedSource.Table, source.Table)
        && ReferenceEquals(checkedSource.Launcher, source.Launcher)
        && ReferenceEquals(checkedSource.Catalog, source.Catalog)
        && Equals(checkedSource.Branches, source.Branches);

    protected abstract TaskOutcome Run(ContainerContext context, ContainerPlan plan);

    /// <summary>The branches of the last fork, as map and reduce see them; none is an error at the container's reference.</summary>
    protected static IReadOnlyList<BranchPlan>? ForkedBranches(ContainerContext context, ContainerPlan plan, string containerName)
    {
        var ids = ForkBranches.Read(context.Backend);
        if (ids.Count == 0)
        {
            context.Events.Report(Diagnostic.Error(
                DiagnosticCodes.NoForkBranches,
                context.Source.Entry.Location,
                $"{containerName} found no fork branches in the storage. Run a ForkTask entry before this one (or load a storage that holds branches)."));
            return null;
        }

        var branches = ids.Select(id => new BranchPlan(id, plan.ReferenceLocation, plan.TaskTable, context.Source.Entry.MaxRetries)).ToList();
        if (context.Source.Branches is not { } selection)
        {
            return branches;
        }

        // The fork's branches are known only now: a selected branch it does not have is reported here.
        var problems = new List<Diagnostic>();
        var selected = selection.Filter(branches, branch => branch.Id, context.Source.Entry.Location, problems);
        foreach (var problem in problems)
        {
            context.Events.Report(problem);
        }

        return problems.Count > 0 ? null : selected;
    }

    /// <summary>Runs a fresh task instance per branch on the plan's workers and combines the outcomes.</summary>
    protected static TaskOutcome RunInParallel(ContainerContext context, ContainerPlan plan, IReadOnlyList<BranchPlan> branches)
    {
        if (context.Caching?.Cache.Partition is { } partition && branches.Count > 0 && !branches.Any(branch => BranchInvoker.IsCacheable(plan, branch)))
        {
            context.Events.Report(Diagnostic.Warning(
                DiagnosticCodes.PartitionNotCacheable,
                context.Source.Entry.Location,
                $"{context.Source.Entry.DisplayName} runs all its {branches.Count} branches in partition {partition}: only cacheable branches are shared out. Add 'cache = true' to its [[__meta__]] entry or its table."));
        }

        var done = 0;
        var outcomes = BranchScheduler.Run(
            branches.Count,
            plan.Workers,
            index =>
            {
                var outcome = BranchInvoker.CreateAndInvoke(context, plan, branches[index]);
                context.Progress?.WorkAdvanced(context.Source.Entry.Info, Interlocked.Increment(ref done), branches.Count);
                return outcome;
            },
            context.CancellationToken);
        return BranchInvoker.Combine(context, branches, outcomes);
    }
}
