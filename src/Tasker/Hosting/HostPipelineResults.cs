using Tasker.Events;
using Tasker.Isolation;

namespace Tasker.Hosting;

/// <summary>Converts the engine's result to the form both builds of the task read.</summary>
internal static class HostPipelineResults
{
    public static HostPipelineResult ToHost(this PipelineResult result) =>
        new(result.Name, result.Succeeded, result.StoppedByTask, result.TasksRun, result.Elapsed.TotalMilliseconds, [.. result.InputFiles])
        {
            EnvironmentVariables = result.EnvironmentVariables,
        };
}
