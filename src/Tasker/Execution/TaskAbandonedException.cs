namespace Tasker.Execution;

/// <summary>A cancelled task did not stop within the grace period; the pipeline stopped waiting for it.</summary>
internal sealed class TaskAbandonedException(CancellationToken token) : OperationCanceledException("The task did not stop after cancellation and was abandoned.", token);
