using Tasker.Launcher;
using Tasker.Profiles;
using Tasker.TaskLookup;

namespace Tasker.Planning;

/// <summary>
/// An entry of a validated plan: what the check worked out for it, which the run uses as it is. <see cref="Values"/>
/// is the entry's table with every value the profile fixes evaluated; <see cref="Task"/> and <see cref="Declarations"/>
/// are the instance the check created and what it declared. When the table holds values only the run can know
/// (<see cref="Deferred"/>: <c>$E</c>, <c>$T</c>, <c>$M</c>), the run resolves the table, creates the task and reads its
/// declarations itself. A container has neither: it runs its branches, and <see cref="Declarations"/> is what it does
/// outside them.
/// </summary>
internal sealed record ValidatedStep(PlannedTask Planned, ProfileTable Values, ITask? Task, TaskDeclarations? Declarations, bool Deferred)
{
    public MetaEntry Entry => Planned.Entry;

    public TaskActivator Activator => Planned.Activator;

    public Type TaskType => Planned.TaskType;

    /// <summary>The table as the profile wrote it, before any value was evaluated.</summary>
    public ProfileTable TaskTable => Planned.TaskTable;

    /// <summary>Whether the run's selection includes the entry (see <see cref="PlannedTask.Selected"/>).</summary>
    public bool Selected => Planned.Selected;

    public bool IsContainer => typeof(IContainerCheck).IsAssignableFrom(TaskType);

    /// <inheritdoc cref="PlannedTask.IsCacheable"/>
    public bool IsCacheable => Planned.IsCacheable;
}
