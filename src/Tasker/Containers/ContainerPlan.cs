using Tasker.Diagnostics;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Containers;

/// <summary>
/// A container's profile as read and checked: how many workers, which task, and either the fork's branches or the
/// one table a map or reduce gives its task in every branch.
/// </summary>
internal sealed record ContainerPlan(
    int Workers,
    string Reference,
    SourceLocation ReferenceLocation,
    TaskActivator Activator,
    IReadOnlyList<BranchPlan> Branches,
    ProfileTable TaskTable)
{
    /// <summary>Whether the container's branches are cached (its entry's or table's <c>cache</c>) and the files they all read and write.</summary>
    public BranchCaching Caching { get; init; } = BranchCaching.None;

    /// <summary>
    /// Whether a read at run time would give this same plan: nothing in it came from a typed value or an included file.
    /// The container then runs the plan its check read, instead of reading (and checking) its table again.
    /// </summary>
    public bool ReadsTheSameAtRunTime { get; init; }
}
