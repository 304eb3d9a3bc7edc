using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Waits on the pipeline's cancellation token, as a well-behaved long task does.</summary>
public sealed class CooperativeSlowTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Task.Delay(TimeSpan.FromSeconds(30), PipelineContext.CancellationToken).GetAwaiter().GetResult();
        return Return.Success;
    }
}
