using Tasker.Events;

namespace Tasker.Execution;

/// <summary>
/// What the runner needs of a built-in task that runs other tasks (fork, map, reduce): the runner recognises it and
/// hands it the engine's services through a <see cref="ContainerContext"/> instead of calling <see cref="ITask.Invoke"/>.
/// </summary>
internal interface IContainerRun : ITask
{
    /// <summary>Runs the branches; the outcome fails when any branch failed.</summary>
    TaskOutcome Run(ContainerContext context);
}
