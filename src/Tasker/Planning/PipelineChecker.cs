using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Planning;

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
                    var backend = StorageFactory.Create(profile.Settings.Storage, new StorageContext(profile.File, stateDirectory));
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
        if (!StorageFactory.IsKnown(profile.Settings.Storage.Reference))
        {
            diagnostics.Add(StorageFactory.UnknownStorage(profile.Settings.Storage));
        }

        return plan;
    }
}
