using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>Where a container stands: its <c>[[__meta__]]</c> entry, its table, the launcher profile and the catalog its task comes from.</summary>
internal sealed record ContainerSource(MetaEntry Entry, ProfileTable Table, LauncherProfile Launcher, TaskCatalog Catalog)
{
    /// <summary>
    /// Whether the container is about to run: its own typed keys (<c>worker = "WORKERS:-2$E$I"</c>) are resolved
    /// then. Before the run they are only checked, and a key known only at run time is not read.
    /// </summary>
    public bool AtRunTime { get; init; }

    /// <summary>The branches the run's selection asks for (<c>--only split[b2]</c>); <see langword="null"/> when all of them.</summary>
    public BranchSelection? Branches { get; init; }
}
