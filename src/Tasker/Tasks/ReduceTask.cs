using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;

namespace Tasker.Tasks;

/// <summary>
/// Combines the branches of the last fork into single keys, deterministically: one task instance is invoked once
/// per branch, in fork order, one branch at a time. It reads the branch's keys; the keys it provides (its
/// accumulators) live outside the branches, so each invocation sees what the previous ones reduced.
/// <c>worker</c> is accepted for the Python docs' schema but a reduce never runs branches at once.
/// </summary>
internal sealed class ReduceTask : ContainerTask, IGatheringContainer
{
    public override ForkBranchUse BranchUse => ForkBranchUse.RunsOver;

    public override IEnumerable<Definition> Define() => ContainerTables.Single;

    protected override ContainerPlan? Read(ContainerSource source, ICollection<Diagnostic> diagnostics)
    {
        var plan = ContainerProfileReader.ReadSingle(source, diagnostics);
        if (plan is { Caching.Cache: true })
        {
            // Where the profile asks for the cache: the reduce's own table, else its [[__meta__]] entry.
            var asking = DeclaredFilesReader.ReadCache(source.Table) == true ? source.Table : source.Entry.Table;
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.ReduceNotCached,
                TableLocator.LocationOf(asking, DeclaredFilesReader.CacheKey),
                $"{source.Entry.DisplayName} is a reduce, which the result cache never holds: each invocation reads what the previous ones reduced, so it runs in every run. Remove 'cache = true'; the branches of the fork and map before it can be cached."));
        }

        return plan;
    }

    /// <summary>The reducer's accumulators (what it provides) are kept outside the branches; so are their removals.</summary>
    protected override TaskDeclarations? KeysOutsideBranches(ContainerSource source, ContainerPlan plan)
    {
        // Problems with the values are reported by the plan's own check; here they only make the keys unknown.
        var ignored = new List<Diagnostic>();
        var table = ValueEvaluator.Check(plan.TaskTable, source.Catalog, ignored);
        if (ignored.Count > 0)
        {
            return null;
        }

        // A reducer whose declarations read a value known only at run time throws here: its keys are unknown.
        try
        {
            var task = plan.Activator.Create(plan.ReferenceLocation);
            var (_, provide, remove) = TaskCreation.Declarations(task, new Profile(table), plan.Reference, plan.ReferenceLocation);
            return new TaskDeclarations([], provide, [.. remove.Where(key => provide.Contains(key))], []);
        }
        catch (DiagnosticException)
        {
            return null;
        }
    }

    /// <summary>In each branch a reducer only reads, and removes what it removes besides its accumulators.</summary>
    protected override TaskDeclarations? KeysInEachBranch(TaskDeclarations declared, TaskDeclarations? outside) =>
        outside is null ? null : new TaskDeclarations(declared.Require, [], [.. declared.Remove.Where(key => !declared.Provide.Contains(key))], []);

    protected override TaskOutcome Run(ContainerContext context, ContainerPlan plan)
    {
        if (ForkedBranches(context, plan, "ReduceTask") is not { } branches)
        {
            return new TaskOutcome(Return.Error, Failed: true);
        }

        var outcomes = new TaskOutcome?[branches.Count];
        try
        {
            var task = plan.Activator.Create(plan.ReferenceLocation);
            var name = BranchInvoker.TaskName(context, plan, branches[0]);
            var profile = BranchInvoker.ResolveTable(task, plan.TaskTable, name, plan.ReferenceLocation, context.Source.Catalog);
            var declarations = TaskCreation.Declarations(task, profile, name, plan.ReferenceLocation);
            var accumulators = new HashSet<string>(declarations.Provide, StringComparer.Ordinal);
            for (var index = 0; index < branches.Count; index++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var branch = branches[index];
                context.Caching?.Counted(restored: false);
                outcomes[index] = BranchInvoker.Invoke(context, task, profile, declarations, BranchInvoker.TaskName(context, plan, branch), branch, accumulators);
                if (outcomes[index]!.Value.Stops)
                {
                    break;
                }
            }
        }
        catch (DiagnosticException exception)
        {
            context.Events.Report(exception.Diagnostic);
            return new TaskOutcome(Return.Error, Failed: true);
        }

        return BranchInvoker.Combine(context, branches, outcomes);
    }
}
