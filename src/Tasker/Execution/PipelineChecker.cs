using Tasker.Diagnostics;
using Tasker.Execution.Containers;
using Tasker.Launching;
using Tasker.Profiles;
using Tasker.Profiles.Values;
using Tasker.Storage;
using Tasker.Tasks;

namespace Tasker.Execution;

/// <summary>
/// Everything that is checked before the first task runs, usable without running: reading the profile, the
/// launcher keys, every executing entry's task type and profile table, the storage, then values, schemas and
/// dataflow (<see cref="PlanValidator"/>). The runner checks through here too, so <c>tasker check</c> and
/// <c>tasker plan</c> find exactly what a run would refuse.
/// </summary>
internal static class PipelineChecker
{
    /// <summary>Reads and validates a profile without running any task.</summary>
    public static PipelineCheck Check(string profilePath, TaskCatalog catalog, string? stateDirectory = null)
    {
        var diagnostics = new List<Diagnostic>();
        LauncherProfile? profile = null;
        IReadOnlyList<PlannedTask> plan = [];
        try
        {
            profile = Load(profilePath, diagnostics);
            if (profile is not null)
            {
                plan = Validate(profile, catalog, firstIndex: 0, diagnostics);
                if (!diagnostics.Any(diagnostic => diagnostic.IsError))
                {
                    // Opening a storage only reads it: a persistent storage's saved keys count as provided, as in a run.
                    var backend = StorageFactory.Create(profile.Settings, new StorageContext(profile.File, stateDirectory));
                    PlanValidator.Validate(plan, catalog, backend.KeysAtStart, diagnostics);
                }
            }
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
        }

        return new PipelineCheck(profilePath, profile, plan, diagnostics);
    }

    /// <summary>
    /// What a step of a checked plan would run with. Creates the task (its constructor runs, as in the check) but
    /// never invokes it; reads no environment variable and calls no <c>$M</c> method.
    /// </summary>
    public static StepPreview Preview(PlannedTask step, LauncherProfile profile, TaskCatalog catalog)
    {
        var entry = step.Entry;
        var ignored = new List<Diagnostic>();
        var values = ValueEvaluator.Check(step.TaskTable, catalog, ignored);
        if (typeof(IContainerTask).IsAssignableFrom(step.TaskType))
        {
            var source = new ContainerSource(entry, step.TaskTable, profile, catalog);
            var container = step.TaskType == typeof(ForkTask) ? ContainerProfileReader.ReadFork(source, ignored) : ContainerProfileReader.ReadSingle(source, ignored);
            return new StepPreview(step, values, [], [], [], container);
        }

        var task = step.Activator.Create(entry.Location);
        var (require, provide, remove) = TaskInvoker.Declarations(task, new Profile(values), entry.DisplayName, entry.Location);
        return new StepPreview(step, values, require, provide, remove, null);
    }

    /// <summary>Reads and checks a launcher profile; returns <see langword="null"/> when an error was added.</summary>
    internal static LauncherProfile? Load(string profilePath, ICollection<Diagnostic> diagnostics)
    {
        var root = TomlProfileReader.ReadFile(profilePath);
        return LauncherProfileReader.Read(root, profilePath, diagnostics);
    }

    /// <summary>Plans the entries from <paramref name="firstIndex"/> on and checks what a run needs before it starts.</summary>
    internal static IReadOnlyList<PlannedTask> Validate(LauncherProfile profile, TaskCatalog catalog, int firstIndex, ICollection<Diagnostic> diagnostics)
    {
        var plan = PipelinePlanner.Plan(profile, catalog, diagnostics, firstIndex);
        if (!StorageFactory.IsKnown(profile.Settings.StorageReference))
        {
            diagnostics.Add(StorageFactory.UnknownStorage(profile.Settings));
        }

        return plan;
    }
}
