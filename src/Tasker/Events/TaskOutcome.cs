namespace Tasker.Events;

/// <summary>The last state a task returned, and whether the pipeline must fail because of it.</summary>
internal readonly record struct TaskOutcome(Return State, bool Failed)
{
    public bool Stops => Failed || State.HasFlag(Return.Exit);
}
