using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Writes the file named by its profile's <c>marker</c> key, then waits until the pipeline is cancelled.</summary>
public sealed class WaitForCancellationTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        File.WriteAllText(profile.Get<string>("marker"), "started");
        PipelineContext.CancellationToken.WaitHandle.WaitOne();
        PipelineContext.CancellationToken.ThrowIfCancellationRequested();
        return Return.Success;
    }
}
