using Tasker.Containers;
using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Planning;
using Tasker.TaskLookup;
using Tasker.Tasks;


namespace Tasker.Hosting;

/// <summary>What <c>tasker plan</c> shows of a checked plan, step by step, without running anything.</summary>
internal static class PipelinePreview
{
    /// <summary>
    /// What a step of a validated plan would run with, as the check found it; a task whose keys depend on a value
    /// known only at run time is asked with that value left open. Never invokes a task, reads no environment variable
    /// and calls no <c>$M</c> method.
    /// </summary>
    public static StepPreview Of(ValidatedStep step, LauncherProfile profile, TaskCatalog catalog)
    {
        var entry = step.Entry;
        var ignored = new List<Diagnostic>();
        var values = step.Values;
        if (step.IsContainer)
        {
            var source = new ContainerSource(entry, step.TaskTable, profile, catalog) { Branches = step.Planned.Branches };
            var container = step.TaskType == typeof(ForkTask) ? ContainerProfileReader.ReadFork(source, ignored) : ContainerProfileReader.ReadSingle(source, ignored);
            return new StepPreview(step, values, [], [], [], container);
        }

        if (step.Declarations is { } known)
        {
            return new StepPreview(step, values, known.Require, known.Provide, known.Remove, null);
        }

        var task = step.Activator.Create(entry.Location);
        var (require, provide, remove) = TaskCreation.Declarations(task, new Profile(values), entry.DisplayName, entry.Location);
        return new StepPreview(step, values, require, provide, remove, null);
    }
}
