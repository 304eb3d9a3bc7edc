using Tasker.Diagnostics;

namespace Tasker.TaskLookup;

/// <summary>
/// Creates a task class through its public parameterless constructor, or through the constructor that takes the
/// arguments of a <c>Some.Task$T$a,b</c> reference.
/// </summary>
internal sealed class TypeTaskActivator(Type taskType, IReadOnlyList<string>? arguments = null) : TaskActivator
{
    public override Type TaskType { get; } = taskType;

    public IReadOnlyList<string> Arguments { get; } = arguments ?? [];

    public override ITask Create(SourceLocation location) => TaskCreation.Create(TaskType, location, Arguments);
}
