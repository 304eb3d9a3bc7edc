using Tasker.Diagnostics;
using Tasker.Events;
using Tasker.Execution;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Containers;

/// <summary>Invokes a container's task in one branch, with the branch's storage and its own retry bound.</summary>
internal static class BranchInvoker
{
    private static readonly IReadOnlySet<string> NoSharedKeys = new HashSet<string>();

    /// <summary>How a branch's task is named in diagnostics: the task, the branch id and the container's entry.</summary>
    public static string TaskName(ContainerContext context, ContainerPlan plan, BranchPlan branch) =>
        $"{plan.Reference}[{branch.Id}] in {context.Source.Entry.DisplayName}";

    /// <summary>
    /// Creates a fresh task for the branch and invokes it, unless the branch is cacheable and its result is in the
    /// cache; in a partitioned run, a cacheable branch of another share that is not in the cache is left out. Every
    /// problem becomes a diagnostic.
    /// </summary>
    public static TaskOutcome CreateAndInvoke(ContainerContext context, ContainerPlan plan, BranchPlan branch)
    {
        var taskName = TaskName(context, plan, branch);
        try
        {
            var task = plan.Activator.Create(branch.Location);
            var profile = ResolveTable(task, branch.Table, taskName, branch.Location, context.Source.Catalog);
            var declarations = TaskCreation.Declarations(task, profile, taskName, branch.Location);
            if (context.Caching is not { } caching)
            {
                return Invoke(context, task, profile, declarations, taskName, branch, NoSharedKeys);
            }

            var declared = branch.Caching.Within(plan.Caching);
            var subject = IsCacheable(plan, declared)
                ? new CacheSubject(
                    $"{context.Source.Launcher.File}#{context.Source.Entry.Index + 1}[{branch.Id}]",
                    taskName,
                    branch.Location,
                    plan.Activator.DefiningType,
                    plan.Reference,
                    profile.Table,
                    branch.Table,
                    declarations.Require,
                    declarations.Provide,
                    declarations.Remove,
                    declared.Inputs,
                    declared.Outputs)
                : null;
            var backend = new BranchStorageBackend(context.Backend, branch.Id, NoSharedKeys);
            if (subject is not null && caching.Cache.Partition is { } partition && !partition.Owns(branch.Id))
            {
                if (!caching.Cache.TryRestore(subject, backend))
                {
                    caching.Skip();
                    context.Events.Message(MessageLevel.Detail, $"{taskName}: left to another partition than {partition}.");
                    return new TaskOutcome(Return.Success, Failed: false);
                }

                caching.Counted(restored: true);
                return new TaskOutcome(Return.Success, Failed: false);
            }

            return caching.Run(subject, backend, () => Invoke(context, task, profile, declarations, taskName, branch, NoSharedKeys));
        }
        catch (DiagnosticException exception)
        {
            context.Events.Report(exception.Diagnostic);
            return new TaskOutcome(Return.Error, Failed: true);
        }
    }

    /// <summary>
    /// The table a branch's task reads, resolved as an entry's is: a $M value of a key the task's schema does not
    /// define is never called (a call nobody reads could only have side effects).
    /// </summary>
    public static Profile ResolveTable(ITask task, ProfileTable table, string taskName, SourceLocation location, TaskCatalog catalog)
    {
        var definitions = TaskCreation.Definitions(task, taskName, location, "so its profile cannot be read");
        return new Profile(ValueEvaluator.ResolveDefined(table, definitions, catalog));
    }

    /// <summary>Whether a branch is cached: its [[tasks]] entry, its container (table or entry) or its task type says so.</summary>
    public static bool IsCacheable(ContainerPlan plan, BranchPlan branch) => IsCacheable(plan, branch.Caching.Within(plan.Caching));

    private static bool IsCacheable(ContainerPlan plan, BranchCaching declared) => declared.Cache == true || plan.Activator.IsMarkedCacheable;

    public static TaskOutcome Invoke(
        ContainerContext context,
        ITask task,
        Profile profile,
        (IReadOnlyList<string> Require, IReadOnlyList<string> Provide, IReadOnlyList<string> Remove) declarations,
        string taskName,
        BranchPlan branch,
        IReadOnlySet<string> sharedKeys)
    {
        var backend = new BranchStorageBackend(context.Backend, branch.Id, sharedKeys);
        var storage = new TaskStorageView(backend, taskName, branch.Location, declarations.Require, declarations.Provide, declarations.Remove);
        var invocation = new TaskInvocation(task, taskName, branch.Location, profile, storage, context.Backend, branch.MaxRetries, context.MinimumLogLevel);
        using var console = ConsoleRouter.Route(context.Events, taskName);
        return TaskInvoker.Invoke(invocation, context.Events, context.CancellationToken);
    }

    /// <summary>
    /// One outcome for the container: failed when any branch failed, else exit when any branch asked to. Says how
    /// many branches never started because of it.
    /// </summary>
    public static TaskOutcome Combine(ContainerContext context, IReadOnlyList<BranchPlan> branches, TaskOutcome?[] outcomes)
    {
        // One pass over the outcomes, with no list until a branch failed or exited: a fork may have thousands.
        List<int>? failed = null;
        List<int>? exited = null;
        var notStarted = 0;
        for (var index = 0; index < outcomes.Length; index++)
        {
            switch (outcomes[index])
            {
                case null:
                    notStarted++;
                    break;
                case { Failed: true }:
                    (failed ??= []).Add(index);
                    break;
                case { } outcome when outcome.State.HasFlag(Return.Exit):
                    (exited ??= []).Add(index);
                    break;
            }
        }

        var name = context.Source.Entry.DisplayName;
        if (failed is not null)
        {
            context.Events.Message(MessageLevel.Normal, $"{name}: {Describe(branches, failed)} failed; {notStarted} of {branches.Count} branches did not start.");
            return new TaskOutcome(Return.Error, Failed: true);
        }

        if (exited is not null)
        {
            context.Events.Message(MessageLevel.Normal, $"{name}: {Describe(branches, exited)} asked to exit; {notStarted} of {branches.Count} branches did not start.");
            return new TaskOutcome(Return.Exit, Failed: false);
        }

        return new TaskOutcome(Return.Success, Failed: false);
    }

    private static string Describe(IReadOnlyList<BranchPlan> branches, List<int> indexes) =>
        $"{(indexes.Count == 1 ? "branch" : "branches")} {string.Join(", ", indexes.Select(index => $"'{branches[index].Id}'"))}";
}
