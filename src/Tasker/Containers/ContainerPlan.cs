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
    ProfileTable TaskTable);
