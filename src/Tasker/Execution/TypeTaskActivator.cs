using Tasker.Diagnostics;

namespace Tasker.Execution;

/// <summary>Creates a task class through its public parameterless constructor.</summary>
internal sealed class TypeTaskActivator(Type taskType) : TaskActivator
{
    public override Type TaskType { get; } = taskType;

    public override ITask Create(SourceLocation location) => TaskInvoker.Create(TaskType, location);
}
