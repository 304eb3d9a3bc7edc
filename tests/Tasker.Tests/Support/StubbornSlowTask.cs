using Microsoft.Extensions.Logging;

namespace Tasker.Tests.Support;

/// <summary>Ignores cancellation for a while, as a badly behaved task does.</summary>
public sealed class StubbornSlowTask : ITask
{
    public Return Invoke(Profile profile, IStorage shared, ILogger logger)
    {
        Thread.Sleep(TimeSpan.FromSeconds(3));
        return Return.Success;
    }
}
