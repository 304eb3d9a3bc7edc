using Tasker.Diagnostics;

namespace Tasker.TaskLookup;

/// <summary>
/// What a resolved task reference creates: a task class instantiated with its constructor, or a function task
/// wrapping a static method. The runner and the containers create every task through this, so a new way of
/// making a task (constructor arguments, functions) needs no change where tasks run.
/// </summary>
internal abstract class TaskActivator
{
    // Asked for every branch of a fork: read once, as reading an attribute costs microseconds each time.
    private bool? _isMarkedCacheable;

    /// <summary>The type that will run (for a function task, the wrapper type).</summary>
    public abstract Type TaskType { get; }

    /// <summary>The type whose assembly defines what the task does (for a function task, the method's declaring type).</summary>
    public virtual Type DefiningType => TaskType;

    /// <summary>Whether the task is cached whatever its profile says (<see cref="TaskerCacheableAttribute"/>).</summary>
    public bool IsMarkedCacheable => _isMarkedCacheable ??= ReadMarkedCacheable();

    protected virtual bool ReadMarkedCacheable() => TaskType.IsDefined(typeof(TaskerCacheableAttribute), inherit: false);

    /// <summary>Creates a fresh task; a failing constructor becomes a diagnostic at <paramref name="location"/>.</summary>
    public abstract ITask Create(SourceLocation location);
}
