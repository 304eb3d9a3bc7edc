using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>An entry that will run: its task reference is resolved and its profile table found.</summary>
internal sealed record PlannedTask(MetaEntry Entry, TaskActivator Activator, ProfileTable TaskTable)
{
    public Type TaskType => Activator.TaskType;

    /// <summary>For a container: what it does to the keys outside its branches, when known before the run.</summary>
    public TaskDeclarations? ContainerKeys { get; init; }
}
