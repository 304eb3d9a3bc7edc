using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>An entry that will run: its task reference is resolved and its profile table found.</summary>
internal sealed record PlannedTask(MetaEntry Entry, TaskActivator Activator, ProfileTable TaskTable)
{
    public Type TaskType => Activator.TaskType;

    /// <summary>Whether the entry's result is cached: <c>cache = true</c> on it, or its task marked <see cref="TaskerCacheableAttribute"/>.</summary>
    public bool IsCacheable => Entry.Cache || Activator.IsMarkedCacheable;

    /// <summary>For a container: what it does to the keys outside its branches, when known before the run.</summary>
    public TaskDeclarations? ContainerKeys { get; init; }

    /// <summary>For a container: what its task does in each branch, when known before the run.</summary>
    public TaskDeclarations? BranchKeys { get; init; }

    /// <summary>Whether the run's selection includes the entry; an entry left out stays in the plan, "not selected".</summary>
    public bool Selected { get; init; } = true;

    /// <summary>For a container: the branches the selection asks for; <see langword="null"/> when all of them.</summary>
    public BranchSelection? Branches { get; init; }

    /// <summary>For a container: whether it makes fork branches or runs over them.</summary>
    public ForkBranchUse BranchUse { get; init; }

    /// <summary>For a container: the instance the check created, which keeps what it read for the run.</summary>
    public IContainerCheck? Container { get; init; }
}
