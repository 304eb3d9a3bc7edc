namespace Tasker.Execution;

/// <summary>How a pipeline ended.</summary>
internal sealed record PipelineResult(string Name, bool Succeeded, bool StoppedByTask, int TasksRun, TimeSpan Elapsed);
