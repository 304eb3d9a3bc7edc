using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.Profiles.Values;
using Tasker.TaskLookup;
using Tasker.Tasks;

namespace Tasker.Hosting;

/// <summary>What <c>tasker plan</c> shows of a checked plan, step by step, without running anything.</summary>
internal static class PipelinePreview
{
    /// <summary>
    /// What a step of a checked plan would run with. Creates the task (its constructor runs, as in the check) but
    /// never invokes it; reads no environment variable and calls no <c>$M</c> method.
    /// </summary>
    public static StepPreview Of(PlannedTask step, LauncherProfile profile, TaskCatalog catalog)
    {
        var entry = step.Entry;
        var ignored = new List<Diagnostic>();
        var values = ValueEvaluator.Check(step.TaskTable, catalog, ignored);
        if (typeof(IContainerCheck).IsAssignableFrom(step.TaskType))
        {
            var source = new ContainerSource(entry, step.TaskTable, profile, catalog);
            var container = step.TaskType == typeof(ForkTask) ? ContainerProfileReader.ReadFork(source, ignored) : ContainerProfileReader.ReadSingle(source, ignored);
            return new StepPreview(step, values, [], [], [], container);
        }

        var task = step.Activator.Create(entry.Location);
        var (require, provide, remove) = TaskCreation.Declarations(task, new Profile(values), entry.DisplayName, entry.Location);
        return new StepPreview(step, values, require, provide, remove, null);
    }
}
