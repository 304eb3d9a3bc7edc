using Tasker.Diagnostics;

namespace Tasker.TaskLookup;

/// <summary>
/// What a resolved task reference creates: a task class instantiated with its constructor, or a function task
/// wrapping a static method. The runner and the containers create every task through this, so a new way of
/// making a task (constructor arguments, functions) needs no change where tasks run.
/// </summary>
internal abstract class TaskActivator
{
    /// <summary>The type that will run (for a function task, the wrapper type).</summary>
    public abstract Type TaskType { get; }

    /// <summary>Creates a fresh task; a failing constructor becomes a diagnostic at <paramref name="location"/>.</summary>
    public abstract ITask Create(SourceLocation location);
}
