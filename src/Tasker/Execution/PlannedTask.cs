using Tasker.Launching;
using Tasker.Profiles;

namespace Tasker.Execution;

/// <summary>An entry that will run: its task reference is resolved and its profile table found.</summary>
internal sealed record PlannedTask(MetaEntry Entry, TaskActivator Activator, ProfileTable TaskTable)
{
    public Type TaskType => Activator.TaskType;
}
