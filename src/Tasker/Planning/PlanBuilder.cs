using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.Requests;
using Tasker.Storage;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// Builds the validated plan that <c>tasker check</c>, <c>tasker plan</c>, a run and a reload all use: reads the
/// profile and its launcher keys, resolves every executing entry's task and finds its table (<see cref="PipelinePlanner"/>),
/// opens the storage, then checks values, schemas, declarations and dataflow (<see cref="PlanValidator"/>). The run's
/// <see cref="EntrySelection"/> is part of the plan: entries it leaves out stay in it, marked not selected. What the check
/// works out is kept in the plan, so a run does not work it out again. Nothing runs unless the whole profile is valid.
/// </summary>
internal static class PlanBuilder
{
    /// <summary>Reads a launcher profile; returns <see langword="null"/> when an error was added.</summary>
    public static LauncherProfile? ReadProfile(string profilePath, ICollection<Diagnostic> diagnostics)
    {
        var root = TomlProfileReader.ReadFile(profilePath);
        return LauncherProfileReader.Read(root, profilePath, diagnostics);
    }

    /// <summary>
    /// The plan of a run from its first entry, with its storage opened (a persistent storage's saved keys count as
    /// provided); <see langword="null"/> when an error was added.
    /// </summary>
    public static ValidatedPlan? Build(LauncherProfile profile, TaskCatalog catalog, StorageContext storageContext, ICollection<Diagnostic> diagnostics, EntrySelection? selection = null)
    {
        if (Locate(profile, catalog, firstIndex: 0, selection, diagnostics) is not { } planned)
        {
            return null;
        }

        IStorageBackend storage;
        try
        {
            storage = StorageFactory.Create(profile.Settings.Storage, storageContext);
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return null;
        }

        return Validate(planned, catalog, storage.KeysAtStart, diagnostics) is { } steps ? new ValidatedPlan(profile, steps, storage) : null;
    }

    /// <summary>
    /// The plan of the rest of a run after its profile was read again (<c>Return.Reload</c>): the entries after
    /// <paramref name="firstIndex"/>, checked against the keys the storage holds now.
    /// </summary>
    public static ValidatedPlan? Continue(LauncherProfile reloaded, TaskCatalog catalog, IStorageBackend storage, int firstIndex, ICollection<Diagnostic> diagnostics, EntrySelection? selection = null) =>
        Locate(reloaded, catalog, firstIndex, selection, diagnostics) is { } planned && Validate(planned, catalog, storage.Keys, diagnostics) is { } steps
            ? new ValidatedPlan(reloaded, steps, storage)
            : null;

    /// <summary>Builds the plan of a profile without running any task, and keeps every problem found on the way.</summary>
    public static PipelineCheck Check(string profilePath, TaskCatalog catalog, string? stateDirectory = null, EntrySelection? selection = null)
    {
        var diagnostics = new List<Diagnostic>();
        LauncherProfile? profile = null;
        ValidatedPlan? plan = null;
        try
        {
            profile = ReadProfile(profilePath, diagnostics);
            if (profile is not null)
            {
                plan = Build(profile, catalog, new StorageContext(profile.File, stateDirectory), diagnostics, selection);
            }
        }
        catch (DiagnosticException exception)
        {
            diagnostics.Add(exception.Diagnostic);
        }

        return new PipelineCheck(profilePath, profile, plan?.Steps ?? [], diagnostics);
    }

    private static IReadOnlyList<PlannedTask>? Locate(LauncherProfile profile, TaskCatalog catalog, int firstIndex, EntrySelection? selection, ICollection<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        if (SelectionResolver.Resolve(profile, selection ?? EntrySelection.All, diagnostics) is not { } resolved)
        {
            return null;
        }

        var planned = PipelinePlanner.Plan(profile, catalog, diagnostics, firstIndex, resolved);
        if (!StorageFactory.IsKnown(profile.Settings.Storage.Reference))
        {
            diagnostics.Add(StorageFactory.UnknownStorage(profile.Settings.Storage));
        }

        return diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore ? null : planned;
    }

    private static IReadOnlyList<ValidatedStep>? Validate(IReadOnlyList<PlannedTask> planned, TaskCatalog catalog, IEnumerable<string> availableKeys, ICollection<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(diagnostic => diagnostic.IsError);
        var steps = PlanValidator.Validate(planned, catalog, availableKeys, diagnostics);
        return diagnostics.Count(diagnostic => diagnostic.IsError) > errorsBefore ? null : steps;
    }
}
