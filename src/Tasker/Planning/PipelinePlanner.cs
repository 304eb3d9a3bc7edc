using Tasker.Diagnostics;
using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// Turns the entries of a launcher profile into tasks ready to run, reporting every problem (unknown type,
/// missing table or file) before the first task runs. Entries with <c>execute = false</c> are skipped; entries the
/// run's selection leaves out are planned (and checked) all the same, marked as not selected.
/// </summary>
internal static class PipelinePlanner
{
    public static IReadOnlyList<PlannedTask> Plan(LauncherProfile profile, TaskCatalog catalog, ICollection<Diagnostic> diagnostics, int firstIndex = 0, ResolvedSelection? selection = null)
    {
        selection ??= ResolvedSelection.Everything;
        var planned = new List<PlannedTask>(profile.Entries.Count);
        foreach (var entry in profile.Entries.Where(entry => entry.Execute && entry.Index >= firstIndex))
        {
            try
            {
                var activator = catalog.ResolveActivator(entry.Reference, entry.ReferenceLocation);
                var table = LocateTaskTable(profile, entry);
                var containerKeys = ContainerKeys.Unknown;
                var branchUse = ForkBranchUse.None;
                IContainerCheck? container = null;
                var branches = selection.BranchesOf(entry);
                if (typeof(IContainerCheck).IsAssignableFrom(activator.TaskType))
                {
                    // A container's own profile (its branches and their task) is checked before anything runs too.
                    container = (IContainerCheck)activator.Create(entry.Location);
                    containerKeys = container.Check(new ContainerSource(entry, table, profile, catalog) { Branches = branches }, diagnostics);
                    branchUse = container.BranchUse;
                }
                else if (branches is not null)
                {
                    diagnostics.Add(NotAContainer(entry, branches));
                }

                planned.Add(new PlannedTask(entry, activator, table) { ContainerKeys = containerKeys.OutsideBranches, BranchKeys = containerKeys.InEachBranch, Selected = selection.IsSelected(entry), Branches = branches, BranchUse = branchUse, Container = container });
            }
            catch (DiagnosticException exception)
            {
                diagnostics.Add(exception.Diagnostic);
            }
        }

        return planned;
    }

    private static Diagnostic NotAContainer(MetaEntry entry, BranchSelection branches)
    {
        var selector = branches.Only.Concat(branches.Skip).First();
        return Diagnostic.Error(
            DiagnosticCodes.SelectedBranchUnknown,
            entry.Location,
            $"{selector} names a branch of {entry.DisplayName}, which is not a fork, map or reduce and has no branches. Select the entry as {selector.Option} '{selector.Entry}'.");
    }

    internal static ProfileTable LocateTaskTable(LauncherProfile profile, MetaEntry entry) =>
        TableLocator.Locate(entry.Table, entry.Include, entry.Path, entry.ProfileName, profile.Root, outerScope: null, "to the profile", DiagnosticCodes.MissingLauncherKey);
}
